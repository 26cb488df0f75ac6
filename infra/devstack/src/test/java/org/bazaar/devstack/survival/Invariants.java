package org.bazaar.devstack.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.vertx.core.json.JsonObject;
import org.bazaar.devstack.ProcessDevstack;

/**
 * The shop's promises, checked after a phase: every accepted order settles (CONFIRMED or CANCELLED) within 30 s
 * of recovery; per SKU, stock received = on hand + sold, never negative, nothing left reserved, and inventory
 * committed every confirmed order and released every cancelled one; every outbox drains; each order is settled
 * once, charged at most once (at least once if confirmed) and mailed once; nothing is dead-lettered during the
 * phase.
 */
final class Invariants {

  private static final Duration RECOVERY = Duration.ofSeconds(30);

  /**
   * What survived of the test doubles' memory: the payment simulator and the SMTP sink keep what they received
   * in memory, so a scenario that kills them cannot count charges or mails.
   */
  record Witnesses(boolean providerCharges, boolean mails) {
    static final Witnesses ALL = new Witnesses(true, true);
    static final Witnesses NONE = new Witnesses(false, false);
  }

  private Invariants() {
  }

  /** Stops the phase's load after some more orders, asserts every invariant, and returns the figures. */
  static SurvivalFigures assertHold(ProcessDevstack shop, Phase phase) {
    return assertHold(shop, phase, phase.finish(), Witnesses.ALL);
  }

  static SurvivalFigures assertHold(ProcessDevstack shop, Phase phase, List<OrderLoad.Placed> accepted,
      Witnesses witnesses) {
    long recovered = System.nanoTime();
    Map<String, JsonObject> orders = Settlement.awaitAll(phase.api, phase.tokens(), accepted, RECOVERY);
    Duration drain = Duration.ofNanos(System.nanoTime() - recovered);

    Map<String, Integer> sold = soldPerSku(orders);
    Evidence evidence = new Evidence(shop);
    await().atMost(RECOVERY).untilAsserted(() -> {
      for (JsonObject product : phase.products) {
        String sku = product.getString("sku");
        JsonObject stock = phase.api.stock(phase.admin, sku);
        assertThat(stock.getInteger("onHand")).as("on hand of " + sku + " (received " + Phase.UNITS_PER_PRODUCT + ")")
            .isNotNegative().isEqualTo(Phase.UNITS_PER_PRODUCT - sold.getOrDefault(sku, 0));
        assertThat(stock.getInteger("reserved")).as("reserved of " + sku).isZero();
      }
      Map<String, String> reservations = evidence.reservations();
      orders.values().forEach(order -> assertThat(reservations.get(order.getString("id")))
          .as("inventory's reservation of " + order.getString("status") + " order " + order.getString("id"))
          .isIn(confirmed(order) ? Set.of("COMMITTED") : Set.of("RELEASED", "REJECTED")));
      assertThat(evidence.outboxes()).as("rows waiting in the outboxes")
          .allSatisfy((service, rows) -> assertThat(rows).as(service).isZero());
    });

    Map<String, Integer> duplicates = new TreeMap<>();
    Map<String, Set<String>> terminalEvents = evidence.terminalEvents();
    for (JsonObject order : orders.values()) {
      String id = order.getString("id");
      int terminal = terminalEvents.getOrDefault(id, Set.of()).size();
      assertThat(terminal).as("terminal events of order " + id).isPositive();
      duplicates.merge("settlements", terminal - 1, Integer::sum);
      if (witnesses.providerCharges()) {
        int charges = evidence.charges(id);
        if (confirmed(order)) {
          assertThat(charges).as("charges of confirmed order " + id).isPositive();
        }
        duplicates.merge("charges", Math.max(0, charges - 1), Integer::sum);
      }
    }
    if (witnesses.mails()) {
      duplicates.put("mails", mailDuplicates(phase, evidence));
    }
    Map<String, Long> deadLetters = new TreeMap<>(evidence.deadLetters());
    deadLetters.replaceAll((topic, count) -> count - phase.deadLettersBefore.getOrDefault(topic, 0L));

    SurvivalFigures figures = new SurvivalFigures(phase, accepted, orders, drain, sold, duplicates, deadLetters);
    figures.print();
    assertThat(duplicates).as("orders charged, settled or mailed more than once")
        .allSatisfy((what, count) -> assertThat(count).as(what).isZero());
    assertThat(deadLetters).as("dead-lettered events").allSatisfy((topic, count) -> assertThat(count).isZero());
    assertThat(sold).as("units sold").isNotEmpty();
    return figures;
  }

  /**
   * Each customer gets one confirmation mail per confirmed order and one cancellation mail per cancelled one
   * (the sink's log names the recipient and subject, not the order): waits for them, then counts extra mails.
   */
  private static int mailDuplicates(Phase phase, Evidence evidence) {
    int[] extra = new int[1];
    await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
      extra[0] = 0;
      for (Phase.Customer customer : phase.customers) {
        Map<String, JsonObject> orders = Settlement.ordersOf(phase.api, customer.token());
        long confirmed = orders.values().stream().filter(Invariants::confirmed).count();
        long cancelled = orders.size() - confirmed;
        List<String> subjects = evidence.mailSubjects(customer.email());
        long confirmations = subjects.stream().filter(s -> s.contains("is confirmed")).count();
        long cancellations = subjects.stream().filter(s -> s.contains("was cancelled")).count();
        extra[0] += (int) (Math.max(0, confirmations - confirmed) + Math.max(0, cancellations - cancelled));
        assertThat(confirmations).as("confirmation mails to " + customer.email()).isGreaterThanOrEqualTo(confirmed);
        assertThat(cancellations).as("cancellation mails to " + customer.email()).isGreaterThanOrEqualTo(cancelled);
      }
    });
    return extra[0];
  }

  static boolean confirmed(JsonObject order) {
    return "CONFIRMED".equals(order.getString("status"));
  }

  private static Map<String, Integer> soldPerSku(Map<String, JsonObject> orders) {
    Map<String, Integer> sold = new TreeMap<>();
    orders.values().stream().filter(Invariants::confirmed)
        .flatMap(order -> order.getJsonArray("items").stream().map(JsonObject.class::cast))
        .forEach(item -> sold.merge(item.getString("sku"), item.getInteger("quantity"), Integer::sum));
    return sold;
  }
}
