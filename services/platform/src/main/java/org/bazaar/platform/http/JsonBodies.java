package org.bazaar.platform.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reads JSON-object request bodies and writes JSON responses. */
public final class JsonBodies {

  public static final String CONTENT_TYPE = "application/json";
  static final String NOT_AN_OBJECT = "The body must be a JSON object.";

  private JsonBodies() {
  }

  /** The request body, or a 400 problem when it is missing, not JSON or not a JSON object. */
  public static JsonObject object(RoutingContext ctx) {
    JsonObject body;
    try {
      body = ctx.body().asJsonObject();
    } catch (DecodeException | ClassCastException e) {
      throw HttpProblem.badRequest(NOT_AN_OBJECT);
    }
    if (body == null) {
      throw HttpProblem.badRequest(NOT_AN_OBJECT);
    }
    return body;
  }

  public static void send(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(body.encode());
  }
}
