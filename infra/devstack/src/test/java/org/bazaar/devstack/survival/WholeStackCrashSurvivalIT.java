package org.bazaar.devstack.survival;

import java.time.Duration;
import java.util.List;

import org.bazaar.devstack.ProcessDevstack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kills every process of the shop with -9 at once under load (broker, simulator, mail sink and every service, as
 * a power cut would), starts the shop again on the state it left, and checks the {@link Invariants} for every
 * order accepted before the crash. The simulator and the SMTP sink forget what they received when killed, so
 * charges and mails are not counted here.
 */
@Tag("survival")
@DisplayName("The whole shop killed with -9 under load and started again loses no accepted order")
class WholeStackCrashSurvivalIT {

  private ProcessDevstack shop;

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
  }

  @Test
  void killingEveryProcessAtOnce_andStartingAgainOnTheSameState_losesNoAcceptedOrder() {
    shop = SurvivalShop.start();
    Phase phase = Phase.begin("whole stack killed -9 and started again", shop);
    phase.awaitMoreAccepted(40);
    long crashed = System.nanoTime();
    List.copyOf(shop.names()).parallelStream().forEach(shop::kill);
    phase.keepPlacing(Duration.ofSeconds(1));
    List<OrderLoad.Placed> accepted = phase.abandon();
    ProcessDevstack crashedShop = shop;
    shop = SurvivalShop.startAgain(crashedShop);
    phase.disruptions.put("every process killed", Duration.ofNanos(System.nanoTime() - crashed));
    Invariants.assertHold(shop, phase, accepted, Invariants.Witnesses.NONE);
  }
}
