package org.bazaar.devstack.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;

import org.bazaar.devstack.ProcessDevstack;
import org.bazaar.paymentsimulator.ChargeSummary;
import org.bazaar.paymentsimulator.control.ProviderControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Breaks what the services stand on, one phase after the other on one process devstack, each under its own
 * order load and followed by the shop's {@link Invariants}: the Kafka broker killed -9, Postgres restarted, a
 * consumer stopped until its lag builds up, the payment provider slow, then failing, then healthy again.
 */
@Tag("survival")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Under a steady order load, the broker, the database and a stopped consumer lose nothing")
class InfrastructureSurvivalIT {

  private static final String LAGGING = "inventory";
  private static final int LAGGING_PORT = 8083;
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
  @Order(1)
  void killingTheBroker_losesNothing_outboxesDrainAndConsumersResume() {
    Phase phase = Phase.begin("Kafka broker killed -9", shop);
    phase.disrupt("broker killed", () -> shop.kill(ProcessDevstack.KAFKA), Duration.ofSeconds(5),
        () -> shop.restart(ProcessDevstack.KAFKA));
    Invariants.assertHold(shop, phase);
  }

  @Test
  @Order(2)
  void restartingPostgres_losesNothing_poolsAndRelaysReconnect() {
    Postgres postgres = new Postgres(shop.settings());
    try {
      Phase phase = Phase.begin("Postgres restarted", shop);
      phase.disrupt("Postgres restarted", postgres::restart, Duration.ofSeconds(2), () -> { });
      Invariants.assertHold(shop, phase);
    } finally {
      postgres.ensureRunning();
    }
  }

  @Test
  @Order(3)
  void stoppingAConsumerWhileOrdersArrive_buildsLagThatDrains() {
    Evidence evidence = new Evidence(shop);
    Phase phase = Phase.begin(LAGGING + " stopped for 20 s", shop);
    AtomicLong lag = new AtomicLong();
    phase.disrupt(LAGGING + " stopped", () -> shop.stop(LAGGING), Duration.ofSeconds(20), () -> {
      lag.set(evidence.lag(LAGGING));
      shop.restart(LAGGING);
    });
    assertThat(lag.get()).as("records behind of group " + LAGGING + " while it was stopped").isPositive();
    phase.notes.put("lag of group " + LAGGING + " when it restarted", lag.get() + " records");
    Invariants.assertHold(shop, phase);
    // a read that times out while the group settles is read again, until the deadline
    await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(IllegalStateException.class).untilAsserted(() -> {
      assertThat(evidence.lag(LAGGING)).as("lag of group " + LAGGING + " at the broker").isZero();
      assertThat(evidence.reportedLag(LAGGING, LAGGING_PORT)).as("bazaar_consumer_lag of " + LAGGING).isZero();
    });
  }

  @Test
  @Order(4)
  void aProviderSlowThenFailingThenHealthy_chargesNoOrderTwice() {
    ProviderControl provider = new ProviderControl(shop.simulatorUrl());
    try {
      Phase phase = Phase.begin("payment provider slow, then failing, then healthy", shop);
      phase.disrupt("provider slow (2 s a charge)", () -> provider.slow(Duration.ofSeconds(2)), Duration.ofSeconds(8),
          () -> { });
      phase.disrupt("provider failing (503)", provider::failing, Duration.ofSeconds(8), provider::healthy);
      List<OrderLoad.Placed> accepted = phase.finish();
      Invariants.assertHold(shop, phase, accepted, Invariants.Witnesses.ALL);
      ChargeSummary ledger = provider.summary();
      Set<String> ours = accepted.stream().map(OrderLoad.Placed::id).collect(Collectors.toSet());
      List<ChargeSummary.PerOrder> phaseOrders = ledger.orders().stream().filter(o -> ours.contains(o.orderId())).toList();
      System.out.println("provider ledger for the phase: " + phaseOrders.size() + " orders, "
          + phaseOrders.stream().mapToInt(ChargeSummary.PerOrder::attempts).sum() + " charge attempts, "
          + phaseOrders.stream().mapToInt(ChargeSummary.PerOrder::successfulCharges).sum() + " successful charges, "
          + "charged more than once: " + ledger.chargedMoreThanOnce());
      assertThat(ledger.chargedMoreThanOnce()).as("orders the provider charged more than once").isEmpty();
    } finally {
      provider.healthy();
    }
  }
}
