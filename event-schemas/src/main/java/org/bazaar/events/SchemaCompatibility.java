package org.bazaar.events;

import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Decides whether a new revision of a schema can replace the released one within the same major version.
 *
 * <p>Breaking: a removed property; a changed {@code type} or {@code format}; a property newly required
 * or no longer required; an enum value removed or added (readers may switch over a closed set); a changed
 * {@code const} or {@code pattern}; {@code additionalProperties} tightened; a minimum, minLength or
 * minItems raised (or added); a maximum, maxLength or maxItems lowered (or added); any other changed
 * validation keyword. Adding an optional property and changing annotations are compatible. Nested objects,
 * array {@code items} and {@code $defs} are compared recursively; a local {@code $ref} that points elsewhere
 * is followed; a {@code $ref} to another schema file must stay the same (that file is checked on its own).
 */
public final class SchemaCompatibility {

  private SchemaCompatibility() {
  }

  /** The breaking changes from {@code released} to {@code candidate}; empty when the candidate is compatible. */
  public static List<String> breakingChanges(JsonObject released, JsonObject candidate) {
    return new SchemaComparison(released, candidate).run();
  }
}
