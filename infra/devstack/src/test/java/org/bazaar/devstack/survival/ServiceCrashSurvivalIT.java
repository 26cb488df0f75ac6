package org.bazaar.devstack.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.devstack.ProcessDevstack;
import org.bazaar.devstack.e2e.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crashes services with kill -9 under a steady order load through the edge, restarts them, and checks the
 * shop's promises: every order settles within 30 s of recovery, stock adds up, nothing is charged or settled
 * twice, nothing is dead-lettered.
 */
@Tag("survival")
@DisplayName("Under a steady order load, services killed with -9 and restarted lose nothing")
class ServiceCrashSurvivalIT {

  private static final int UNITS_PER_PRODUCT = 60;
  private static ProcessDevstack shop;

  @BeforeAll
  static void start() {
    shop = SurvivalShop.start();
  }

  @AfterAll
  static void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  @Test
  void killingOrdersInventoryPaymentsAndTheEdgeInTurn_losesNoOrder() {
    survives(List.of("orders", "inventory", "payments", "edge"));
  }

  private static void survives(List<String> victims) {
    Api api = new Api(shop.edgeUrl());
    String admin = api.admin();
    List<JsonObject> products = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      products.add(api.stockedProduct(admin, 500 + 100 * i, UNITS_PER_PRODUCT));
    }
    List<String> customers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      customers.add(api.newCustomer());
    }
    List<OrderLoad.Placed> accepted = new ArrayList<>(learnProducts(api, customers.get(0), products));

    OrderLoad load = new OrderLoad(api, customers, products);
    load.start(Duration.ofMillis(250));
    Map<String, Duration> downtime = new LinkedHashMap<>();
    for (String victim : victims) {
      awaitMoreAccepted(load, 10);
      long killed = System.nanoTime();
      shop.kill(victim);
      int attempts = load.attempts();
      await().atMost(Duration.ofSeconds(30)).until(() -> load.attempts() >= attempts + 8);
      shop.restart(victim);
      downtime.put(victim, Duration.ofNanos(System.nanoTime() - killed));
    }
    awaitMoreAccepted(load, 10);
    accepted.addAll(load.stop());
    long recovered = System.nanoTime();

    Map<String, JsonObject> orders = Settlement.awaitAll(api, customers, accepted, Duration.ofSeconds(30));
    Duration drain = Duration.ofNanos(System.nanoTime() - recovered);

    Map<String, Integer> sold = soldPerSku(orders);
    Evidence evidence = new Evidence(shop);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      for (JsonObject product : products) {
        String sku = product.getString("sku");
        JsonObject stock = api.stock(admin, sku);
        assertThat(stock.getInteger("onHand")).as("on hand of " + sku + " (received " + UNITS_PER_PRODUCT + ")")
            .isNotNegative().isEqualTo(UNITS_PER_PRODUCT - sold.getOrDefault(sku, 0));
        assertThat(stock.getInteger("reserved")).as("reserved of " + sku).isZero();
      }
      Map<String, String> reservations = evidence.reservations();
      orders.values().forEach(order -> assertThat(reservations.get(order.getString("id")))
          .as("inventory's reservation of " + order.getString("status") + " order " + order.getString("id"))
          .isIn(confirmed(order) ? Set.of("COMMITTED") : Set.of("RELEASED", "REJECTED")));
    });

    Map<String, Set<String>> terminalEvents = evidence.terminalEvents();
    int duplicates = 0;
    for (JsonObject order : orders.values()) {
      String id = order.getString("id");
      int charges = evidence.charges(id);
      int terminal = terminalEvents.getOrDefault(id, Set.of()).size();
      assertThat(terminal).as("terminal events of order " + id).isPositive();
      if (confirmed(order)) {
        assertThat(charges).as("charges of confirmed order " + id).isPositive();
      }
      duplicates += Math.max(0, charges - 1) + terminal - 1;
    }
    Map<String, Long> deadLetters = evidence.deadLetters();

    Figures.print(load, accepted, orders, downtime, drain, sold, duplicates, deadLetters);
    assertThat(duplicates).as("orders charged or settled more than once").isZero();
    assertThat(deadLetters).as("dead-lettered events").allSatisfy((topic, count) -> assertThat(count).isZero());
    assertThat(sold).as("units sold").isNotEmpty();
  }

  /** Orders learns products from events: one order too big to fill per product shows it knows them all. */
  private static List<OrderLoad.Placed> learnProducts(Api api, String customer, List<JsonObject> products) {
    List<OrderLoad.Placed> placed = new ArrayList<>();
    for (JsonObject product : products) {
      String id = api.placeOrder(customer, Api.order(product.getString("id"), UNITS_PER_PRODUCT + 1, "tok_ok"),
          UUID.randomUUID().toString()).expect(202).json().getString("id");
      placed.add(new OrderLoad.Placed(id, customer, product.getString("sku"), UNITS_PER_PRODUCT + 1));
    }
    return placed;
  }

  private static void awaitMoreAccepted(OrderLoad load, int more) {
    int accepted = load.acceptedCount();
    await().atMost(Duration.ofSeconds(60)).until(() -> load.acceptedCount() >= accepted + more);
  }

  private static boolean confirmed(JsonObject order) {
    return "CONFIRMED".equals(order.getString("status"));
  }

  private static Map<String, Integer> soldPerSku(Map<String, JsonObject> orders) {
    Map<String, Integer> sold = new TreeMap<>();
    orders.values().stream().filter(ServiceCrashSurvivalIT::confirmed)
        .flatMap(order -> order.getJsonArray("items").stream().map(JsonObject.class::cast))
        .forEach(item -> sold.merge(item.getString("sku"), item.getInteger("quantity"), Integer::sum));
    return sold;
  }
}
