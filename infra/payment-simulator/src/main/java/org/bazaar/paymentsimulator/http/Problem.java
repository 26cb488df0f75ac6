package org.bazaar.paymentsimulator.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes {@code application/problem+json} errors (RFC 9457) with a provider-style {@code code} member. */
final class Problem {

  static final String CONTENT_TYPE = "application/problem+json";

  private Problem() {
  }

  static void send(RoutingContext ctx, int status, String code, String title, String detail) {
    send(ctx, status, code, title, detail, new JsonArray());
  }

  static void send(RoutingContext ctx, int status, String code, String title, String detail, JsonArray errors) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    JsonObject body = new JsonObject()
        .put("type", "https://bazaar.local/problems/simulator/" + code.replace('_', '-'))
        .put("title", title)
        .put("status", status)
        .put("detail", detail)
        .put("instance", ctx.request().path())
        .put("code", code);
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(body.encode());
  }

  static JsonObject fieldError(String field, String message) {
    return new JsonObject().put("field", field).put("message", message);
  }

  /** Failures that reached the router: 404, 405, 413, malformed requests and, as 500, anything unexpected. */
  static void failure(RoutingContext ctx) {
    int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
    switch (status) {
      case 404 -> send(ctx, 404, "not_found", "Not found", "No such resource.");
      case 405 -> send(ctx, 405, "method_not_allowed", "Method not allowed",
          "This resource does not support that method.");
      case 413 -> send(ctx, 413, "too_large", "Payload too large", "The request body is too large.");
      case 500 -> send(ctx, 500, "internal", "Internal error", "The request could not be completed.");
      default -> send(ctx, status, "error", "Error", "The request could not be completed.");
    }
  }
}
