package org.bazaar.orders;

import org.bazaar.orders.config.OrdersConfig;
import org.bazaar.platform.launch.ServiceLauncher;

/** Starts the orders service in its own process. */
public final class OrdersMain {

  private OrdersMain() {
  }

  public static void main(String[] args) {
    ServiceLauncher.run(OrdersConfig.NAME, OrdersVerticle::new);
  }
}
