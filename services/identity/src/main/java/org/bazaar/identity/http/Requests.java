package org.bazaar.identity.http;

import java.util.Map;
import java.util.function.Function;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.identity.InvalidInput;
import org.bazaar.platform.http.FieldError;
import org.bazaar.platform.http.HttpProblem;

/** Reads request bodies and turns rule violations into 400 problems with one error per field. */
final class Requests {

  private Requests() {
  }

  static <T> T read(RoutingContext ctx, Function<Map<String, Object>, T> parser) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      throw HttpProblem.badRequest("The body must be a JSON object.");
    }
    if (body == null) {
      throw HttpProblem.badRequest("The body must be a JSON object.");
    }
    try {
      return parser.apply(body.getMap());
    } catch (InvalidInput e) {
      throw HttpProblem.badRequest(e.getMessage(),
          e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
    }
  }

  static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }
}
