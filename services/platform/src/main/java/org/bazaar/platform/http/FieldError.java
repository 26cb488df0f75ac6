package org.bazaar.platform.http;

import io.vertx.core.json.JsonObject;

/** One invalid field of a request: where and what is wrong. */
public record FieldError(String field, String message) {
  public JsonObject toJson() {
    return new JsonObject().put("field", field).put("message", message);
  }
}
