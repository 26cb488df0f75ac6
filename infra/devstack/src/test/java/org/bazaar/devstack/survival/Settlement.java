package org.bazaar.devstack.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.awaitility.Awaitility;
import org.bazaar.devstack.e2e.Api;

/**
 * Follows the customers' orders through the edge until every one has left PENDING: those the edge answered
 * 202 to, and those created while a crash cut the answer off.
 */
final class Settlement {

  private Settlement() {
  }

  /** Every order of the customers by id, once all are settled; fails if one is still pending after {@code within}. */
  static Map<String, JsonObject> awaitAll(Api api, List<String> customers, List<OrderLoad.Placed> accepted,
      Duration within) {
    Map<String, JsonObject> orders = new HashMap<>();
    Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      orders.clear();
      customers.forEach(customer -> orders.putAll(ordersOf(api, customer)));
      assertThat(accepted).extracting(OrderLoad.Placed::id).as("accepted orders the edge lists")
          .allMatch(orders::containsKey);
      assertThat(orders.values()).filteredOn(order -> "PENDING".equals(order.getString("status")))
          .extracting(order -> order.getString("id")).as("orders still PENDING").isEmpty();
    });
    return orders;
  }

  /** Every order of one customer by id, as the edge lists them. */
  static Map<String, JsonObject> ordersOf(Api api, String customer) {
    Map<String, JsonObject> orders = new HashMap<>();
    String cursor = null;
    do {
      String page = "/api/v1/orders?limit=100" + (cursor == null ? ""
          : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      JsonObject body = api.call("GET", page, customer, null).expect(200).json();
      body.getJsonArray("items").forEach(item -> orders.put(((JsonObject) item).getString("id"), (JsonObject) item));
      cursor = body.getString("next");
    } while (cursor != null);
    return orders;
  }
}
