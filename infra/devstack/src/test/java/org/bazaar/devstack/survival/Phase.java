package org.bazaar.devstack.survival;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.devstack.ProcessDevstack;
import org.bazaar.devstack.e2e.Api;

/**
 * One survival scenario's own corner of the shop: fresh products and customers (so its invariants add up on
 * their own while other phases share the devstack), the order load they place, and what was disrupted for how
 * long.
 */
final class Phase {

  static final int UNITS_PER_PRODUCT = 60;
  private static final Duration INTERVAL = Duration.ofMillis(250);

  /** A customer the phase signed up, with the address the shop mails. */
  record Customer(String email, String token) {
  }

  final String name;
  final Api api;
  final String admin;
  final List<JsonObject> products = new ArrayList<>();
  final List<Customer> customers = new ArrayList<>();
  final Map<String, Duration> disruptions = new LinkedHashMap<>();
  /** Figures of the scenario's own (lag seen, ...), printed with the common ones. */
  final Map<String, String> notes = new LinkedHashMap<>();
  private final List<OrderLoad.Placed> warmUp = new ArrayList<>();
  private final OrderLoad load;

  /** Dead letters already there when the phase began (an earlier phase's are not this one's). */
  final Map<String, Long> deadLettersBefore;

  private Phase(String name, ProcessDevstack shop) {
    this.name = name;
    this.deadLettersBefore = new Evidence(shop).deadLetters();
    this.api = new Api(shop.edgeUrl());
    this.admin = api.admin();
    for (int i = 0; i < 3; i++) {
      products.add(api.stockedProduct(admin, 500 + 100 * i, UNITS_PER_PRODUCT));
    }
    for (int i = 0; i < 4; i++) {
      String email = "survivor-" + UUID.randomUUID() + "@example.com";
      api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", email).put("password", "correct-horse")
          .put("name", "Survivor")).expect(201);
      customers.add(new Customer(email, api.login(email, "correct-horse")));
    }
    learnProducts();
    load = new OrderLoad(api, tokens(), products);
  }

  /** Prepares the phase's products and customers and starts its load: an order every 250 ms. */
  static Phase begin(String name, ProcessDevstack shop) {
    Phase phase = new Phase(name, shop);
    phase.load.start(INTERVAL);
    return phase;
  }

  List<String> tokens() {
    return customers.stream().map(Customer::token).toList();
  }

  OrderLoad load() {
    return load;
  }

  void awaitMoreAccepted(int more) {
    int accepted = load.acceptedCount();
    await().atMost(Duration.ofSeconds(60)).until(() -> load.acceptedCount() >= accepted + more);
  }

  /** Waits while the load keeps placing orders (whatever the answers) for about {@code period}. */
  void keepPlacing(Duration period) {
    int attempts = load.attempts();
    int more = (int) (period.toMillis() / INTERVAL.toMillis());
    await().atMost(period.multipliedBy(3)).until(() -> load.attempts() >= attempts + more);
  }

  /** Breaks something, lets the load run against the broken shop, repairs it, and notes how long it was out. */
  void disrupt(String what, Runnable breakIt, Duration outage, Runnable repair) {
    awaitMoreAccepted(10);
    long broken = System.nanoTime();
    breakIt.run();
    keepPlacing(outage);
    repair.run();
    disruptions.put(what, Duration.ofNanos(System.nanoTime() - broken));
  }

  /** Lets some more orders in after the last repair, stops the load, and returns every accepted order. */
  List<OrderLoad.Placed> finish() {
    awaitMoreAccepted(10);
    List<OrderLoad.Placed> accepted = new ArrayList<>(warmUp);
    accepted.addAll(load.stop());
    return accepted;
  }

  /** Stops the load without waiting for more orders (the shop is gone). */
  List<OrderLoad.Placed> abandon() {
    List<OrderLoad.Placed> accepted = new ArrayList<>(warmUp);
    accepted.addAll(load.stop());
    return accepted;
  }

  /** Orders learns products from events: one order too big to fill per product shows it knows them all. */
  private void learnProducts() {
    Customer customer = customers.get(0);
    for (JsonObject product : products) {
      String id = api.placeOrder(customer.token(), Api.order(product.getString("id"), UNITS_PER_PRODUCT + 1, "tok_ok"),
          UUID.randomUUID().toString()).expect(202).json().getString("id");
      warmUp.add(new OrderLoad.Placed(id, customer.token(), product.getString("sku"), UNITS_PER_PRODUCT + 1));
    }
  }
}
