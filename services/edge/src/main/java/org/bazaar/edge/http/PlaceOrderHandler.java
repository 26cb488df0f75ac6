package org.bazaar.edge.http;

import java.util.List;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.edge.client.ServiceClient;
import org.bazaar.platform.http.FieldError;
import org.bazaar.platform.http.HttpProblem;

/**
 * {@code POST /orders}: an order with {@code items} goes to the orders service as sent; {@code fromCart: true}
 * makes the edge read the caller's cart and place an order of its lines (same {@code Idempotency-Key},
 * {@code fromCart: true} in the body); an empty cart is 422.
 */
public final class PlaceOrderHandler implements Handler<RoutingContext> {

  /** The most lines one order may have (the orders service's limit). */
  static final int MAX_LINES = 50;

  private final ServiceClient cart;
  private final Forward orders;

  public PlaceOrderHandler(ServiceClient cart, ServiceClient orders) {
    this.cart = cart;
    this.orders = Forward.to(orders, HttpMethod.POST, ctx -> "/orders").locating("/orders");
  }

  @Override
  public void handle(RoutingContext ctx) {
    JsonObject body = ctx.body().asJsonObject();
    boolean fromCart = Boolean.TRUE.equals(body.getValue("fromCart"));
    if (fromCart == body.containsKey("items")) {
      ctx.fail(HttpProblem.badRequest("Send either items or fromCart: true.", List.of(fromCart
          ? new FieldError("/items", "must not be sent with fromCart: true")
          : new FieldError("/items", "is required"))));
      return;
    }
    if (!fromCart) {
      orders.handle(ctx);
      return;
    }
    cart.send(Forward.request(ctx, HttpMethod.GET, "/cart")).onFailure(ctx::fail).onSuccess(answer -> {
      if (!answer.succeeded()) {
        Forward.problem(ctx, answer);
        return;
      }
      JsonArray lines = lines(answer.json());
      if (lines == null) {
        ctx.fail(new HttpProblem(502, "bad-gateway", "Bad gateway", "The cart could not be read.", List.of()));
      } else if (lines.isEmpty()) {
        ctx.fail(HttpProblem.unprocessable("Your cart is empty."));
      } else if (lines.size() > MAX_LINES) {
        ctx.fail(HttpProblem.unprocessable("An order takes at most " + MAX_LINES + " lines; your cart has "
            + lines.size() + "."));
      } else {
        JsonObject order = new JsonObject().put("items", lines).put("paymentToken", body.getString("paymentToken"))
            .put("fromCart", true);
        orders.handle(ctx, order.toBuffer());
      }
    });
  }

  /** The cart's lines as order lines {@code {productId, quantity}}, or null when the cart is not readable. */
  private static JsonArray lines(JsonObject cart) {
    if (cart == null || !(cart.getValue("items") instanceof JsonArray items)) {
      return null;
    }
    JsonArray lines = new JsonArray();
    for (Object item : items) {
      if (!(item instanceof JsonObject line) || !(line.getValue("productId") instanceof String productId)
          || !(line.getValue("quantity") instanceof Number quantity)) {
        return null;
      }
      lines.add(new JsonObject().put("productId", productId).put("quantity", quantity.intValue()));
    }
    return lines;
  }
}
