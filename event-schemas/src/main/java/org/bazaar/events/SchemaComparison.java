package org.bazaar.events;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One walk over a released and a candidate schema, collecting breaking changes. */
final class SchemaComparison {

  private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
      "examples", "default", "deprecated", "readOnly", "writeOnly");
  private static final Set<String> LOWER_BOUNDS = Set.of("minimum", "exclusiveMinimum", "minLength", "minItems",
      "minProperties");
  private static final Set<String> UPPER_BOUNDS = Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems",
      "maxProperties");
  /** Keywords compared by their own rule below; every other validation keyword must stay identical. */
  private static final Set<String> HANDLED = Set.of("$ref", "$defs", "type", "format", "required", "enum",
      "properties", "items", "additionalProperties");
  private static final int MAX_DEPTH = 64;

  private final JsonObject oldRoot;
  private final JsonObject newRoot;
  private final List<String> changes = new ArrayList<>();

  SchemaComparison(JsonObject released, JsonObject candidate) {
    this.oldRoot = Objects.requireNonNull(released, "released");
    this.newRoot = Objects.requireNonNull(candidate, "candidate");
  }

  List<String> run() {
    compare("/", oldRoot, newRoot, 0);
    JsonObject oldDefs = oldRoot.getJsonObject("$defs", new JsonObject());
    JsonObject newDefs = newRoot.getJsonObject("$defs", new JsonObject());
    for (String name : oldDefs.fieldNames()) {
      String path = "#/$defs/" + name;
      if (!newDefs.containsKey(name)) {
        changes.add(path + ": definition removed");
      } else {
        compare(path, schema(oldDefs.getValue(name)), schema(newDefs.getValue(name)), 0);
      }
    }
    return List.copyOf(changes);
  }

  private void compare(String path, JsonObject older, JsonObject newer, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    String oldRef = older.getString("$ref");
    String newRef = newer.getString("$ref");
    if (!Objects.equals(oldRef, newRef)) {
      if (isExternal(oldRef) || isExternal(newRef)) {
        changes.add(path + ": $ref changed from " + oldRef + " to " + newRef);
        return;
      }
      compare(path, resolve(oldRoot, older), resolve(newRoot, newer), depth + 1);
      return;
    }
    compareType(path, older, newer);
    compareEnum(path, older.getJsonArray("enum"), newer.getJsonArray("enum"));
    compareRequired(path, older.getJsonArray("required", new JsonArray()), newer.getJsonArray("required", new JsonArray()));
    compareBounds(path, older, newer);
    compareOthers(path, older, newer);
    compareAdditionalProperties(path, older.getValue("additionalProperties"), newer.getValue("additionalProperties"), depth);
    compareProperties(path, older.getJsonObject("properties", new JsonObject()), newer.getJsonObject("properties", new JsonObject()), depth);
    if (older.containsKey("items") || newer.containsKey("items")) {
      compare(path.equals("/") ? "/[]" : path + "[]", schema(older.getValue("items")), schema(newer.getValue("items")), depth + 1);
    }
  }

  private void compareType(String path, JsonObject older, JsonObject newer) {
    for (String keyword : List.of("type", "format")) {
      if (!Objects.equals(older.getValue(keyword), newer.getValue(keyword))) {
        changes.add(path + ": " + keyword + " changed from " + shown(older.getValue(keyword)) + " to " + shown(newer.getValue(keyword)));
      }
    }
  }

  private void compareEnum(String path, JsonArray older, JsonArray newer) {
    if (older == null && newer == null) {
      return;
    }
    if (older == null || newer == null) {
      changes.add(path + ": enum " + (older == null ? "added" : "removed"));
      return;
    }
    older.stream().filter(v -> !newer.contains(v)).forEach(v -> changes.add(path + ": enum value removed: " + v));
    newer.stream().filter(v -> !older.contains(v)).forEach(v -> changes.add(path + ": enum value added: " + v));
  }

  private void compareRequired(String path, JsonArray older, JsonArray newer) {
    newer.stream().filter(p -> !older.contains(p)).forEach(p -> changes.add(child(path, p) + ": property newly required"));
    older.stream().filter(p -> !newer.contains(p)).forEach(p -> changes.add(child(path, p) + ": property no longer required"));
  }

  private void compareBounds(String path, JsonObject older, JsonObject newer) {
    for (String keyword : LOWER_BOUNDS) {
      Number was = (Number) older.getValue(keyword);
      Number now = (Number) newer.getValue(keyword);
      if (now != null && (was == null || now.doubleValue() > was.doubleValue())) {
        changes.add(path + ": " + keyword + " raised from " + shown(was) + " to " + now);
      }
    }
    for (String keyword : UPPER_BOUNDS) {
      Number was = (Number) older.getValue(keyword);
      Number now = (Number) newer.getValue(keyword);
      if (now != null && (was == null || now.doubleValue() < was.doubleValue())) {
        changes.add(path + ": " + keyword + " lowered from " + shown(was) + " to " + now);
      }
    }
  }

  private void compareOthers(String path, JsonObject older, JsonObject newer) {
    Set<String> keywords = new HashSet<>(older.fieldNames());
    keywords.addAll(newer.fieldNames());
    keywords.stream().sorted()
        .filter(k -> !ANNOTATIONS.contains(k) && !HANDLED.contains(k) && !LOWER_BOUNDS.contains(k) && !UPPER_BOUNDS.contains(k))
        .filter(k -> !Objects.equals(older.getValue(k), newer.getValue(k)))
        .forEach(k -> changes.add(path + ": " + k + " changed from " + shown(older.getValue(k)) + " to " + shown(newer.getValue(k))));
  }

  private void compareAdditionalProperties(String path, Object older, Object newer, int depth) {
    boolean wasOpen = older == null || Boolean.TRUE.equals(older);
    boolean isOpen = newer == null || Boolean.TRUE.equals(newer);
    if (wasOpen && !isOpen) {
      changes.add(path + ": additionalProperties tightened to " + shown(newer));
    } else if (older instanceof JsonObject && newer instanceof JsonObject) {
      compare(child(path, "*"), (JsonObject) older, (JsonObject) newer, depth + 1);
    }
  }

  private void compareProperties(String path, JsonObject older, JsonObject newer, int depth) {
    for (String name : older.fieldNames()) {
      if (!newer.containsKey(name)) {
        changes.add(child(path, name) + ": property removed");
      } else {
        compare(child(path, name), schema(older.getValue(name)), schema(newer.getValue(name)), depth + 1);
      }
    }
  }

  /** A local {@code $ref} replaced by its target, with the referring node's other keywords kept. */
  private static JsonObject resolve(JsonObject root, JsonObject node) {
    String ref = node.getString("$ref");
    if (ref == null) {
      return node;
    }
    Object target = root;
    for (String token : ref.substring(ref.indexOf('/') + 1).split("/")) {
      target = target instanceof JsonObject object ? object.getValue(token.replace("~1", "/").replace("~0", "~")) : null;
    }
    JsonObject resolved = schema(target).copy();
    node.forEach(entry -> {
      if (!"$ref".equals(entry.getKey())) {
        resolved.put(entry.getKey(), entry.getValue());
      }
    });
    return resolved;
  }

  private static boolean isExternal(String ref) {
    return ref != null && !ref.startsWith("#");
  }

  /** {@code true} and a missing schema accept anything; {@code false} accepts nothing. */
  private static JsonObject schema(Object value) {
    if (value instanceof JsonObject object) {
      return object;
    }
    return Boolean.FALSE.equals(value) ? new JsonObject().put("not", new JsonObject()) : new JsonObject();
  }

  private static String child(String path, Object name) {
    return (path.endsWith("/") ? path : path + "/") + name;
  }

  private static String shown(Object value) {
    return value == null ? "(none)" : value.toString();
  }
}
