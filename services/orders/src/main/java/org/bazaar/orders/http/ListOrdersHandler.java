package org.bazaar.orders.http;

import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import org.bazaar.orders.Order;
import org.bazaar.orders.OrderCursor;
import org.bazaar.orders.persistence.OrderRepository;
import org.bazaar.platform.http.FieldError;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.http.JsonBodies;

/** {@code GET /orders?limit=&cursor=}: the caller's orders, newest first, a page at a time. */
final class ListOrdersHandler {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private final Pool pool;
  private final OrderRepository orders;

  ListOrdersHandler(Pool pool, OrderRepository orders) {
    this.pool = pool;
    this.orders = orders;
  }

  void handle(RoutingContext ctx) {
    UUID customer = Callers.customerId(ctx);
    int limit = limit(ctx.request().getParam("limit"));
    OrderCursor cursor = cursor(ctx.request().getParam("cursor"));
    orders.page(pool, customer, cursor, limit + 1)
        .onSuccess(page -> {
          List<Order> items = page.size() > limit ? page.subList(0, limit) : page;
          JsonArray json = new JsonArray();
          items.forEach(order -> json.add(OrderJson.of(order)));
          String next = null;
          if (page.size() > limit) {
            Order last = items.get(items.size() - 1);
            next = new OrderCursor(last.createdAt(), last.id()).encode();
          }
          JsonBodies.send(ctx, 200, new JsonObject().put("items", json).put("next", next));
        })
        .onFailure(ctx::fail);
  }

  private static int limit(String value) {
    if (value == null || value.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpProblem.badRequest("The limit is invalid.",
        List.of(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT)));
  }

  private static OrderCursor cursor(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return OrderCursor.decode(value);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest("The cursor is invalid.",
          List.of(new FieldError("cursor", "is not a cursor from a previous page")));
    }
  }
}
