package org.bazaar.orders.http;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.orders.OrderRejected;
import org.bazaar.orders.OrderRequest;
import org.bazaar.orders.OrderRequestValidator;
import org.bazaar.orders.persistence.OrderPlacement;
import org.bazaar.orders.persistence.PlacementOutcome;
import org.bazaar.platform.http.FieldError;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.http.JsonBodies;
import org.bazaar.platform.validation.InvalidInput;

/**
 * {@code POST /orders}: validates the body and the {@code Idempotency-Key}, then places the order once per
 * customer and key. Answers 202 with the order id, or the first answer again for a repeated request.
 */
final class PlaceOrderHandler {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final int MAX_KEY_LENGTH = 64;

  private final OrderPlacement placement;

  PlaceOrderHandler(OrderPlacement placement) {
    this.placement = placement;
  }

  void handle(RoutingContext ctx) {
    UUID customer = Callers.customerId(ctx);
    List<FieldError> errors = new ArrayList<>();
    String key = ctx.request().getHeader(IDEMPOTENCY_KEY);
    if (key == null || key.isBlank()) {
      errors.add(new FieldError(IDEMPOTENCY_KEY, "header is required"));
    } else if (key.length() > MAX_KEY_LENGTH) {
      errors.add(new FieldError(IDEMPOTENCY_KEY, "must be at most " + MAX_KEY_LENGTH + " characters"));
    }
    JsonObject body = body(ctx.body().buffer());
    OrderRequest request = null;
    try {
      request = OrderRequestValidator.validate(PlainJson.map(body));
    } catch (InvalidInput e) {
      e.violations().forEach(v -> errors.add(FieldError.of(v)));
    }
    if (!errors.isEmpty()) {
      throw HttpProblem.badRequest("The order request is invalid.", errors);
    }
    placement.place(customer, key, PlainJson.sha256(body), request, ctx.request().getHeader("traceparent"))
        .onSuccess(outcome -> respond(ctx, outcome))
        .onFailure(failure -> ctx.fail(failure instanceof OrderRejected rejected
            ? HttpProblem.unprocessable(rejected.getMessage()) : failure));
  }

  private static void respond(RoutingContext ctx, PlacementOutcome outcome) {
    if (outcome.kind() == PlacementOutcome.Kind.KEY_REUSED) {
      ctx.fail(HttpProblem.unprocessable("This Idempotency-Key was already used for a different request."));
      return;
    }
    if (outcome.kind() == PlacementOutcome.Kind.REPLAYED) {
      ctx.response().putHeader("Idempotent-Replayed", "true");
    }
    ctx.response().putHeader("Location", "/api/v1/orders/" + outcome.answer().orderId());
    JsonBodies.send(ctx, outcome.answer().status(), outcome.answer().body());
  }

  private static JsonObject body(Buffer buffer) {
    if (buffer == null || buffer.length() == 0) {
      throw HttpProblem.badRequest("A JSON body is required.", List.of(new FieldError("body", "is required")));
    }
    try {
      Object parsed = Json.decodeValue(buffer);
      if (parsed instanceof JsonObject object) {
        return object;
      }
    } catch (DecodeException e) {
      throw HttpProblem.badRequest("The body is not valid JSON.", List.of(new FieldError("body", "is not valid JSON")));
    }
    throw HttpProblem.badRequest("The body must be a JSON object.",
        List.of(new FieldError("body", "must be a JSON object")));
  }
}
