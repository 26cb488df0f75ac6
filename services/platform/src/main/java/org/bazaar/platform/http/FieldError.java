package org.bazaar.platform.http;

import io.vertx.core.json.JsonObject;
import org.bazaar.platform.validation.Violation;

/** One invalid field of a request: where and what is wrong. */
public record FieldError(String field, String message) {

  public static FieldError of(Violation violation) {
    return new FieldError(violation.field(), violation.message());
  }

  public JsonObject toJson() {
    return new JsonObject().put("field", field).put("message", message);
  }
}
