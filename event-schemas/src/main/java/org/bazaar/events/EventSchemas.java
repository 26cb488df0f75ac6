package org.bazaar.events;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates event payloads against the JSON Schemas packaged in this jar; loaded once, thread-safe.
 */
public final class EventSchemas {

  private static final JsonSchemaOptions OPTIONS = new JsonSchemaOptions()
      .setDraft(Draft.DRAFT202012)
      .setOutputFormat(OutputFormat.Basic)
      .setBaseUri(SchemaPaths.BASE_URI);

  /** Keyword locations that only wrap the error reported below them. */
  private static final Set<String> WRAPPERS = Set.of("properties", "$ref", "items", "prefixItems", "allOf");

  private final Map<String, Validator> validators;

  private EventSchemas(Map<String, Validator> validators) {
    this.validators = Map.copyOf(validators);
  }

  /** The schemas of every type in {@link EventTypes#all()}, read from the classpath on first use. */
  public static EventSchemas load() {
    return Holder.INSTANCE;
  }

  /** The schema {@code $id} of a type, used as the CloudEvents {@code dataschema}. */
  public String dataSchema(String type) {
    if (!knows(type)) {
      throw new IllegalArgumentException("Unknown event type: " + type);
    }
    return SchemaPaths.idOf(type);
  }

  public boolean knows(String type) {
    return type != null && validators.containsKey(type);
  }

  /** Validates a payload; never throws. */
  public SchemaVerdict validate(String type, JsonObject payload) {
    if (!knows(type)) {
      return SchemaVerdict.invalid(List.of("unknown event type: " + type));
    }
    if (payload == null) {
      return SchemaVerdict.invalid(List.of("/: payload is missing"));
    }
    try {
      OutputUnit result = validators.get(type).validate(payload);
      return Boolean.TRUE.equals(result.getValid()) ? SchemaVerdict.ok() : SchemaVerdict.invalid(readable(result));
    } catch (RuntimeException e) {
      return SchemaVerdict.invalid(List.of("/: " + e.getMessage()));
    }
  }

  private static List<String> readable(OutputUnit result) {
    List<OutputUnit> units = result.getErrors() == null ? List.of(result) : result.getErrors();
    Set<String> leaves = new LinkedHashSet<>();
    Set<String> all = new LinkedHashSet<>();
    for (OutputUnit unit : units) {
      String location = unit.getInstanceLocation() == null ? "" : unit.getInstanceLocation().replaceFirst("^#", "");
      String line = (location.isEmpty() ? "/" : location) + ": " + unit.getError();
      all.add(line);
      String keyword = unit.getKeywordLocation() == null ? "" : unit.getKeywordLocation();
      if (!WRAPPERS.contains(keyword.substring(keyword.lastIndexOf('/') + 1))) {
        leaves.add(line);
      }
    }
    return List.copyOf(leaves.isEmpty() ? all : leaves);
  }

  static EventSchemas read(ClassLoader loader) {
    SchemaRepository repository = SchemaRepository.create(OPTIONS);
    Deque<String> pending = new ArrayDeque<>();
    EventTypes.all().forEach(type -> pending.add(SchemaPaths.idOf(type)));
    Set<String> seen = new HashSet<>();
    Map<String, JsonObject> byId = new HashMap<>();
    while (!pending.isEmpty()) {
      String id = pending.poll();
      if (!seen.add(id)) {
        continue;
      }
      JsonObject schema = readResource(loader, SchemaPaths.resourceOf(id));
      if (!id.equals(schema.getString("$id"))) {
        throw new IllegalStateException("Schema " + id + " declares $id " + schema.getString("$id"));
      }
      // the files use relative $refs (so file-based tools resolve them); make them absolute for the repository
      JsonObject absolute = (JsonObject) withAbsoluteRefs(schema, URI.create(id), pending);
      repository.dereference(JsonSchema.of(absolute));
      byId.put(id, absolute);
    }
    // each type's schema with its $refs inlined: a validator then follows no reference at run time
    Map<String, Validator> validators = new HashMap<>();
    EventTypes.all().forEach(type -> validators.put(type,
        Validator.create(JsonSchema.of(repository.resolve(byId.get(SchemaPaths.idOf(type)))), OPTIONS)));
    return new EventSchemas(validators);
  }

  /** A copy with every external {@code $ref} resolved against {@code base}; queues the referenced files. */
  private static Object withAbsoluteRefs(Object node, URI base, Deque<String> pending) {
    if (node instanceof JsonObject object) {
      JsonObject copy = new JsonObject();
      object.forEach(entry -> {
        if ("$ref".equals(entry.getKey()) && entry.getValue() instanceof String ref && !ref.startsWith("#")) {
          String absolute = base.resolve(ref).toString();
          pending.add(absolute.contains("#") ? absolute.substring(0, absolute.indexOf('#')) : absolute);
          copy.put("$ref", absolute);
        } else {
          copy.put(entry.getKey(), withAbsoluteRefs(entry.getValue(), base, pending));
        }
      });
      return copy;
    }
    if (node instanceof JsonArray array) {
      JsonArray copy = new JsonArray();
      array.forEach(item -> copy.add(withAbsoluteRefs(item, base, pending)));
      return copy;
    }
    return node;
  }

  private static JsonObject readResource(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Schema not on the classpath: " + resource);
      }
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schema " + resource, e);
    }
  }

  private static final class Holder {
    static final EventSchemas INSTANCE = read(EventSchemas.class.getClassLoader());
  }
}
