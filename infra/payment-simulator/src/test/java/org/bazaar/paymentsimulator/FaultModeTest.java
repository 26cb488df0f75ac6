package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class FaultModeTest {

  @Test
  void readsEachMode_withItsDefaults() {
    assertThat(FaultMode.fromJson(new JsonObject().put("mode", "healthy").put("delayMs", 5)))
        .isEqualTo(FaultMode.healthy());
    assertThat(FaultMode.fromJson(new JsonObject().put("mode", "slow").put("delayMs", 2500)))
        .isEqualTo(FaultMode.slow(Duration.ofMillis(2500)));
    assertThat(FaultMode.fromJson(new JsonObject().put("mode", "failing"))).isEqualTo(FaultMode.failing());
    assertThat(FaultMode.fromJson(new JsonObject().put("mode", "failing").put("failureRate", 0.25)
        .put("failWith", "reset"))).isEqualTo(FaultMode.failing(0.25, FaultMode.FailWith.RESET));
  }

  @Test
  void writesWhatItReads() {
    for (FaultMode mode : new FaultMode[] {FaultMode.healthy(), FaultMode.slow(Duration.ofSeconds(3)),
        FaultMode.failing(0.5, FaultMode.FailWith.HANG)}) {
      assertThat(FaultMode.fromJson(mode.toJson())).isEqualTo(mode);
    }
  }

  @Test
  void namesTheBadField() {
    assertThatThrownBy(() -> FaultMode.fromJson(new JsonObject().put("mode", "SLOW")))
        .isInstanceOfSatisfying(FaultMode.Invalid.class, e -> assertThat(e.field()).isEqualTo("mode"));
    assertThatThrownBy(() -> FaultMode.fromJson(new JsonObject().put("mode", "slow").put("delayMs", 1.5)))
        .isInstanceOfSatisfying(FaultMode.Invalid.class, e -> assertThat(e.field()).isEqualTo("delayMs"));
    assertThatThrownBy(() -> FaultMode.fromJson(new JsonObject().put("mode", "slow").put("delayMs", 600_001)))
        .isInstanceOfSatisfying(FaultMode.Invalid.class, e -> assertThat(e.field()).isEqualTo("delayMs"));
    assertThatThrownBy(() -> FaultMode.fromJson(new JsonObject().put("mode", "failing").put("failureRate", "all")))
        .isInstanceOfSatisfying(FaultMode.Invalid.class, e -> assertThat(e.field()).isEqualTo("failureRate"));
  }
}
