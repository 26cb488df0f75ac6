package org.bazaar.catalog.http;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.catalog.InvalidInput;
import org.bazaar.platform.http.FieldError;
import org.bazaar.platform.http.HttpProblem;

/** Reads requests and turns rule violations into 400 problems with one error per field. */
final class Requests {

  private Requests() {
  }

  static <T> T body(RoutingContext ctx, Function<Map<String, Object>, T> parser) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      throw HttpProblem.badRequest("The body must be a JSON object.");
    }
    if (body == null) {
      throw HttpProblem.badRequest("The body must be a JSON object.");
    }
    return validated(() -> parser.apply(body.getMap()));
  }

  static <T> T validated(Supplier<T> parser) {
    try {
      return parser.get();
    } catch (InvalidInput e) {
      throw HttpProblem.badRequest(e.getMessage(),
          e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
    }
  }

  /** The product id of the path; a malformed id names no product, so it is a 404 like an unknown one. */
  static UUID productId(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  static HttpProblem notFound() {
    return HttpProblem.notFound("No such product.");
  }

  static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }
}
