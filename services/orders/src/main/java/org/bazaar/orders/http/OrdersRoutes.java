package org.bazaar.orders.http;

import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import org.bazaar.orders.persistence.OrderPlacement;
import org.bazaar.orders.persistence.OrderRepository;
import org.bazaar.orders.persistence.TimelineRepository;

/** Every internal HTTP route of the orders service, in one place (the edge adds the {@code /api/v1} prefix). */
public final class OrdersRoutes {

  private final PlaceOrderHandler place;
  private final GetOrderHandler get;
  private final ListOrdersHandler list;
  private final TimelineHandler timeline;

  public OrdersRoutes(Pool pool, OrderRepository orders, TimelineRepository timeline, OrderPlacement placement) {
    this.place = new PlaceOrderHandler(placement);
    this.get = new GetOrderHandler(pool, orders);
    this.list = new ListOrdersHandler(pool, orders);
    this.timeline = new TimelineHandler(pool, orders, timeline);
  }

  public void mount(Router router) {
    router.post("/orders").handler(place::handle);
    router.get("/orders").handler(list::handle);
    router.get("/orders/:id").handler(get::handle);
    router.get("/admin/orders/:id/timeline").handler(timeline::handle);
  }
}
