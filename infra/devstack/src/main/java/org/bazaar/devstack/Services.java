package org.bazaar.devstack;

import java.util.List;
import java.util.Optional;

import org.bazaar.cart.CartVerticle;
import org.bazaar.catalog.CatalogVerticle;
import org.bazaar.edge.EdgeVerticle;
import org.bazaar.identity.IdentityVerticle;
import org.bazaar.inventory.InventoryVerticle;
import org.bazaar.notifications.NotificationsVerticle;
import org.bazaar.orders.OrdersVerticle;
import org.bazaar.payments.PaymentsVerticle;
import org.bazaar.recommendations.RecommendationsVerticle;
import org.bazaar.reviews.ReviewsVerticle;

/** Every service of the shop, in start order (the edge last, once what it calls is up). */
final class Services {

  static final int EDGE_PORT = 8080;
  static final int SIMULATOR_PORT = 8090;
  static final int SMTP_PORT = 2525;

  static final List<ServiceSpec> ALL = List.of(
      new ServiceSpec("identity", 8081, true, false, IdentityVerticle::new),
      new ServiceSpec("catalog", 8082, true, true, CatalogVerticle::new),
      new ServiceSpec("inventory", 8083, true, true, InventoryVerticle::new),
      new ServiceSpec("cart", 8084, true, true, CartVerticle::new),
      new ServiceSpec("orders", 8085, true, true, OrdersVerticle::new),
      new ServiceSpec("payments", 8086, true, true, PaymentsVerticle::new),
      new ServiceSpec("notifications", 8087, true, true, NotificationsVerticle::new),
      new ServiceSpec("reviews", 8088, true, true, ReviewsVerticle::new),
      new ServiceSpec("recommendations", 8089, true, true, RecommendationsVerticle::new),
      new ServiceSpec("edge", EDGE_PORT, false, false, EdgeVerticle::new));

  private Services() {
  }

  static Optional<ServiceSpec> named(String name) {
    return ALL.stream().filter(spec -> spec.name().equals(name)).findFirst();
  }
}
