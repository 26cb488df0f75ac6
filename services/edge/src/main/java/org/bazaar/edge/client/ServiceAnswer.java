package org.bazaar.edge.client;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/** A service's answer below 500 (success or a client error), as received. */
public record ServiceAnswer(int status, MultiMap headers, Buffer body) {

  public boolean succeeded() {
    return status < 400;
  }

  /** The body as a JSON object, or null when it is empty or not an object. */
  public JsonObject json() {
    if (body == null || body.length() == 0) {
      return null;
    }
    try {
      return body.toJsonObject();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
