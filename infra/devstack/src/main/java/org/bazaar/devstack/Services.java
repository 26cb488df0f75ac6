package org.bazaar.devstack;

import java.util.List;

import org.bazaar.catalog.CatalogVerticle;
import org.bazaar.edge.EdgeVerticle;
import org.bazaar.identity.IdentityVerticle;
import org.bazaar.inventory.InventoryVerticle;
import org.bazaar.orders.OrdersVerticle;
import org.bazaar.payments.PaymentsVerticle;

/** Every service of the shop, in start order (the edge last, once what it calls is up). */
final class Services {

  static final List<ServiceSpec> ALL = List.of(
      new ServiceSpec("identity", 8081, true, false, IdentityVerticle::new),
      new ServiceSpec("catalog", 8082, true, true, CatalogVerticle::new),
      new ServiceSpec("inventory", 8083, true, true, InventoryVerticle::new),
      new ServiceSpec("orders", 8085, true, true, OrdersVerticle::new),
      new ServiceSpec("payments", 8086, true, true, PaymentsVerticle::new),
      new ServiceSpec("edge", 8080, false, false, EdgeVerticle::new));

  static final int SIMULATOR_PORT = 8090;

  private Services() {
  }
}
