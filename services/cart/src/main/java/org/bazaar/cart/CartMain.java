package org.bazaar.cart;

import org.bazaar.platform.launch.ServiceLauncher;

/** Starts the cart service from the process environment. */
public final class CartMain {

  private CartMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run("cart", CartVerticle::new);
  }
}
