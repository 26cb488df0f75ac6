package org.bazaar.identity;

import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/** Request bodies and problem readers for the identity tests. */
final class Bodies {

  private Bodies() {
  }

  static JsonObject registration(String email, String password, String name) {
    return new JsonObject().put("email", email).put("password", password).put("name", name);
  }

  static JsonObject credentials(String email, String password) {
    return new JsonObject().put("email", email).put("password", password);
  }

  static List<String> fields(JsonObject problem) {
    return problem.getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList();
  }

  static String unique() {
    return "u" + UUID.randomUUID().toString().substring(0, 12);
  }
}
