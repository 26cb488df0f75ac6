package org.bazaar.platform.http;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.platform.validation.InvalidInput;

/** The one place where failures become {@code application/problem+json}; nothing else reaches a client. */
public final class Problems {

  public static final String CONTENT_TYPE = "application/problem+json";
  public static final String TYPE_BASE = "https://bazaar.local/problems/";
  private static final Logger LOG = LogManager.getLogger(Problems.class);

  private Problems() {
  }

  public static JsonObject body(int status, String slug, String title, String detail, String instance) {
    JsonObject body = new JsonObject()
        .put("type", TYPE_BASE + slug)
        .put("title", title)
        .put("status", status);
    if (detail != null) {
      body.put("detail", detail);
    }
    if (instance != null) {
      body.put("instance", instance);
    }
    return body;
  }

  public static JsonObject body(HttpProblem problem, String instance) {
    JsonObject body = body(problem.status(), problem.slug(), problem.title(), problem.getMessage(), instance);
    if (!problem.errors().isEmpty()) {
      JsonArray errors = new JsonArray();
      problem.errors().forEach(e -> errors.add(e.toJson()));
      body.put("errors", errors);
    }
    return body;
  }

  public static void send(RoutingContext ctx, HttpProblem problem) {
    send(ctx, problem.status(), body(problem, ctx.request().path()));
  }

  public static void send(RoutingContext ctx, int status, JsonObject body) {
    if (ctx.response().ended()) {
      return;
    }
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE).end(body.encode());
  }

  /**
   * Maps any failure to a problem: {@link HttpProblem} as given, {@link InvalidInput} as a 400 with one error
   * per violation, HTTP statuses by name, the rest as 500.
   */
  public static Handler<RoutingContext> failureHandler() {
    return ctx -> send(ctx, toProblem(ctx));
  }

  public static HttpProblem toProblem(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure instanceof HttpProblem problem) {
      return problem;
    }
    if (failure instanceof InvalidInput invalid) {
      return HttpProblem.badRequest(invalid.getMessage(), invalid.violations().stream().map(FieldError::of).toList());
    }
    int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
    if (status < 400 || status >= 600 || (failure != null && !(failure instanceof HttpException))) {
      LOG.error("unhandled failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
      return new HttpProblem(500, "internal", "Internal error", "The request could not be completed.",
          java.util.List.of());
    }
    return forStatus(status);
  }

  public static HttpProblem forStatus(int status) {
    return switch (status) {
      case 400 -> HttpProblem.badRequest("The request is malformed.");
      case 401 -> HttpProblem.unauthorized("A valid bearer token is required.");
      case 403 -> HttpProblem.forbidden("Your role does not allow this.");
      case 404 -> HttpProblem.notFound("No such resource.");
      case 405 -> new HttpProblem(405, "method-not-allowed", "Method not allowed", "This resource does not "
          + "support that method.", java.util.List.of());
      case 413 -> new HttpProblem(413, "too-large", "Payload too large", "The request body is too large.",
          java.util.List.of());
      case 415 -> new HttpProblem(415, "unsupported-media-type", "Unsupported media type",
          "Send application/json.", java.util.List.of());
      case 503 -> HttpProblem.unavailable("The service is unavailable; try again shortly.");
      default -> new HttpProblem(status, "error", "Error", null, java.util.List.of());
    };
  }
}
