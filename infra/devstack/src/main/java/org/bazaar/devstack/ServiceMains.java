package org.bazaar.devstack;

import java.util.Map;

import org.bazaar.cart.CartMain;
import org.bazaar.catalog.CatalogMain;
import org.bazaar.edge.EdgeMain;
import org.bazaar.identity.IdentityMain;
import org.bazaar.inventory.InventoryMain;
import org.bazaar.notifications.NotificationsMain;
import org.bazaar.orders.OrdersMain;
import org.bazaar.payments.PaymentsMain;
import org.bazaar.recommendations.RecommendationsMain;
import org.bazaar.reviews.ReviewsMain;

/** The {@code main} class of every service, which the process devstack runs one JVM each. */
final class ServiceMains {

  private static final Map<String, Class<?>> MAINS = Map.of(
      "identity", IdentityMain.class,
      "catalog", CatalogMain.class,
      "inventory", InventoryMain.class,
      "cart", CartMain.class,
      "orders", OrdersMain.class,
      "payments", PaymentsMain.class,
      "notifications", NotificationsMain.class,
      "reviews", ReviewsMain.class,
      "recommendations", RecommendationsMain.class,
      "edge", EdgeMain.class);

  private ServiceMains() {
  }

  static String of(String service) {
    Class<?> main = MAINS.get(service);
    if (main == null) {
      throw new IllegalArgumentException("no main class for " + service);
    }
    return main.getName();
  }
}
