package org.bazaar.edge.http;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.edge.OrderStatus;
import org.bazaar.edge.OrderWatchers;
import org.bazaar.edge.PublicPaths;
import org.bazaar.edge.client.ServiceClient;
import org.bazaar.platform.http.HttpProblem;

/**
 * {@code GET /orders/{id}/events}: watches the order first (so no change slips between the two steps), then
 * asks the orders service for it — which also decides who may see it (404 unless yours) — and streams its
 * current status followed by every change until a terminal one; the watch ends when the client leaves.
 */
public final class OrderEventsHandler implements Handler<RoutingContext> {

  private final Vertx vertx;
  private final ServiceClient orders;
  private final OrderWatchers watchers;
  private final long heartbeatMs;

  public OrderEventsHandler(Vertx vertx, ServiceClient orders, OrderWatchers watchers, Duration heartbeat) {
    this.vertx = vertx;
    this.orders = orders;
    this.watchers = watchers;
    this.heartbeatMs = heartbeat.toMillis();
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    EventStream stream = new EventStream(vertx, ctx.response(), heartbeatMs);
    // events carry the order id as a lower-case UUID
    OrderWatchers.Watch watch = watchers.watch(id.toLowerCase(Locale.ROOT), stream);
    ctx.response().closeHandler(v -> {
      stream.clientGone();
      watch.cancel();
    });
    orders.send(Forward.request(ctx, HttpMethod.GET, "/orders/" + PublicPaths.segment(id)))
        .onFailure(failure -> {
          watch.cancel();
          ctx.fail(failure);
        })
        .onSuccess(answer -> {
          if (!answer.succeeded()) {
            watch.cancel();
            Forward.problem(ctx, answer);
            return;
          }
          OrderStatus current = statusOf(answer.json());
          if (current == null) {
            watch.cancel();
            ctx.fail(new HttpProblem(502, "bad-gateway", "Bad gateway", "The order could not be read.", List.of()));
            return;
          }
          stream.open(current, watch::cancel);
        });
  }

  private static OrderStatus statusOf(JsonObject order) {
    if (order == null || !(order.getValue("id") instanceof String id)
        || !(order.getValue("status") instanceof String status)) {
      return null;
    }
    Object reason = order.getValue("reason");
    Object updatedAt = order.getValue("updatedAt");
    return new OrderStatus(id, status, reason instanceof String r ? r : null,
        updatedAt instanceof String at ? at : null);
  }
}
