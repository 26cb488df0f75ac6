package org.bazaar.orders.http;

import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import org.bazaar.orders.TimelineEvent;
import org.bazaar.orders.persistence.OrderRepository;
import org.bazaar.orders.persistence.TimelineRepository;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.JsonBodies;

/**
 * {@code GET /admin/orders/{id}/timeline} (admins only): every event orders published or consumed for the order,
 * in the order it recorded them, as {@code {orderId, events:[{id, type, time, source, traceId}]}}.
 */
final class TimelineHandler {

  private final Pool pool;
  private final OrderRepository orders;
  private final TimelineRepository timeline;

  TimelineHandler(Pool pool, OrderRepository orders, TimelineRepository timeline) {
    this.pool = pool;
    this.orders = orders;
    this.timeline = timeline;
  }

  void handle(RoutingContext ctx) {
    Caller.of(ctx).requireAdmin();
    UUID id = OrderIds.parse(ctx.pathParam("id"));
    orders.exists(pool, id)
        .compose(known -> known ? timeline.events(pool, id) : fail(id))
        .onSuccess(events -> JsonBodies.send(ctx, 200, json(id, events)))
        .onFailure(ctx::fail);
  }

  private static Future<List<TimelineEvent>> fail(UUID id) {
    return Future.failedFuture(OrderIds.notFound(id.toString()));
  }

  private static JsonObject json(UUID id, List<TimelineEvent> events) {
    JsonArray items = new JsonArray();
    for (TimelineEvent event : events) {
      items.add(new JsonObject()
          .put("id", event.id())
          .put("type", event.type())
          .put("time", event.time().toString())
          .put("source", event.source())
          .put("traceId", event.traceId()));
    }
    return new JsonObject().put("orderId", id.toString()).put("events", items);
  }
}
