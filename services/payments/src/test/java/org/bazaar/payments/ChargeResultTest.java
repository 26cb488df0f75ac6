package org.bazaar.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bazaar.events.payment.DeclineReason;
import org.junit.jupiter.api.Test;

class ChargeResultTest {

  @Test
  void outcomesMapToStatusesAndDeclineReasons() {
    assertThat(ChargeResult.authorized("ch_1").status()).isEqualTo(PaymentStatus.AUTHORIZED);
    assertThat(ChargeResult.declined("no").declineReason()).isEqualTo(DeclineReason.DECLINED);
    assertThat(ChargeResult.unavailable("down").status()).isEqualTo(PaymentStatus.UNAVAILABLE);
    assertThat(ChargeResult.unavailable("down").declineReason()).isEqualTo(DeclineReason.PROVIDER_UNAVAILABLE);
    assertThatThrownBy(() -> ChargeResult.authorized("ch_1").declineReason()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anAuthorizationNeedsAChargeId() {
    assertThatThrownBy(() -> ChargeResult.authorized(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsTheCallsItTook() {
    assertThat(ChargeResult.declined("no").withAttempts(3).attempts()).isEqualTo(3);
  }
}
