package org.bazaar.orders.http;

import java.util.UUID;

import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import org.bazaar.orders.persistence.OrderRepository;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.JsonBodies;

/** {@code GET /orders/{id}}: the order, for its owner or an admin; 404 for anyone else, never 403. */
final class GetOrderHandler {

  private final Pool pool;
  private final OrderRepository orders;

  GetOrderHandler(Pool pool, OrderRepository orders) {
    this.pool = pool;
    this.orders = orders;
  }

  void handle(RoutingContext ctx) {
    Caller caller = Caller.of(ctx);
    String user = caller.requireUser();
    UUID id = OrderIds.parse(ctx.pathParam("id"));
    orders.find(pool, id)
        .onSuccess(found -> {
          boolean visible = found.isPresent()
              && (caller.isAdmin() || found.get().customerId().toString().equalsIgnoreCase(user));
          if (!visible) {
            ctx.fail(OrderIds.notFound(id.toString()));
            return;
          }
          JsonBodies.send(ctx, 200, OrderJson.of(found.get()));
        })
        .onFailure(ctx::fail);
  }
}
