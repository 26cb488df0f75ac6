package org.bazaar.devstack.survival;

import java.time.Duration;
import java.util.List;

import org.bazaar.devstack.ProcessDevstack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crashes services with kill -9 under a steady order load through the edge, restarts them, and checks the
 * shop's {@link Invariants}.
 */
@Tag("survival")
@DisplayName("Under a steady order load, services killed with -9 and restarted lose nothing")
class ServiceCrashSurvivalIT {

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
    Phase phase = Phase.begin("orders, inventory, payments and edge killed -9 in turn", shop);
    for (String victim : List.of("orders", "inventory", "payments", "edge")) {
      phase.disrupt(victim + " killed", () -> shop.kill(victim), Duration.ofSeconds(2), () -> shop.restart(victim));
    }
    Invariants.assertHold(shop, phase);
  }
}
