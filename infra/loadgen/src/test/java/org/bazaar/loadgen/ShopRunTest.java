package org.bazaar.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ShopRunTest {

  private static final Duration ROUND = ShopRun.WARMUP_ROUND;
  private static final Duration LONGEST = Duration.ofSeconds(240);

  @Test
  void keepWarming_whileTheCompilerIsBusy_andAnotherRoundFits() {
    assertThat(ShopRun.keepWarming(0.71, Duration.ofSeconds(90), ROUND, LONGEST)).isTrue();
    assertThat(ShopRun.keepWarming(ShopRun.JIT_SETTLED, Duration.ofSeconds(90), ROUND, LONGEST)).isTrue();
  }

  @Test
  void stopWarming_onceTheCompilerSettled_orTheNextRoundWouldPassTheLongestWarmUp() {
    assertThat(ShopRun.keepWarming(0.097, Duration.ofSeconds(90), ROUND, LONGEST)).isFalse();
    assertThat(ShopRun.keepWarming(0.5, Duration.ofSeconds(225), ROUND, LONGEST)).isTrue();
    assertThat(ShopRun.keepWarming(0.5, Duration.ofSeconds(230), ROUND, LONGEST)).isFalse();
    // the quick profile's longest warm-up is its first round: never a second one
    assertThat(ShopRun.keepWarming(0.9, Duration.ofSeconds(15), ROUND, Duration.ofSeconds(15))).isFalse();
  }
}
