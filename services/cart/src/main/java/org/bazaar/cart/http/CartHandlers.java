package org.bazaar.cart.http;

import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.cart.Cart;
import org.bazaar.cart.CartRejected;
import org.bazaar.cart.CartRules;
import org.bazaar.cart.UnknownProduct;
import org.bazaar.cart.persistence.CartStore;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.http.JsonBodies;

/** Reads and changes the caller's own cart; every answer is the whole cart afterwards. */
final class CartHandlers {

  private final CartStore carts;

  CartHandlers(CartStore carts) {
    this.carts = carts;
  }

  void get(RoutingContext ctx) {
    answer(ctx, carts.view(Customers.id(ctx)));
  }

  void put(RoutingContext ctx) {
    UUID customer = Customers.id(ctx);
    int quantity = CartRules.quantity(JsonBodies.object(ctx).getMap());
    UUID product = productId(ctx);
    if (product == null) {
      throw HttpProblem.notFound("unknown product " + ctx.pathParam("productId"));
    }
    answer(ctx, carts.put(customer, product, quantity));
  }

  void remove(RoutingContext ctx) {
    UUID customer = Customers.id(ctx);
    UUID product = productId(ctx);
    // a malformed id names no line, so there is nothing to remove
    answer(ctx, product == null ? carts.view(customer) : carts.remove(customer, product));
  }

  private static void answer(RoutingContext ctx, Future<Cart> cart) {
    cart.onSuccess(c -> JsonBodies.send(ctx, 200, CartJson.of(c))).onFailure(failure -> ctx.fail(problem(failure)));
  }

  private static Throwable problem(Throwable failure) {
    if (failure instanceof UnknownProduct unknown) {
      return HttpProblem.notFound(unknown.getMessage());
    }
    if (failure instanceof CartRejected rejected) {
      return HttpProblem.unprocessable(rejected.getMessage());
    }
    return failure;
  }

  /** The product id of the path, or null when it is not a UUID. */
  private static UUID productId(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("productId"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
