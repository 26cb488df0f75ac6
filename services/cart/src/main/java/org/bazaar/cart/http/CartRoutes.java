package org.bazaar.cart.http;

import io.vertx.ext.web.Router;
import org.bazaar.cart.persistence.CartStore;

/** Every internal HTTP route of the cart, in one place (the edge adds the {@code /api/v1} prefix). */
public final class CartRoutes {

  private final CartHandlers cart;

  public CartRoutes(CartStore carts) {
    this.cart = new CartHandlers(carts);
  }

  public void mount(Router router) {
    router.get("/cart").handler(cart::get);
    router.put("/cart/items/:productId").handler(cart::put);
    router.delete("/cart/items/:productId").handler(cart::remove);
  }
}
