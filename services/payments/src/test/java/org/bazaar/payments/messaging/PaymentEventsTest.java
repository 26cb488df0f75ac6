package org.bazaar.payments.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.bazaar.events.common.Money;
import org.bazaar.payments.ChargeResult;
import org.bazaar.payments.Payment;
import org.bazaar.payments.PaymentStatus;
import org.junit.jupiter.api.Test;

class PaymentEventsTest {

  private final Payment fresh = new Payment(UUID.randomUUID(), UUID.randomUUID(), new Money(1299, "EUR"), "tok_ok",
      PaymentStatus.REQUESTED, null, 0, null);

  @Test
  void attemptsCountEveryCallForTheOrder_includingEarlierRounds() {
    assertThat(PaymentEvents.attempts(fresh, ChargeResult.authorized("ch").withAttempts(3))).isEqualTo(3);
    Payment retried = new Payment(fresh.orderId(), fresh.customerId(), fresh.amount(), fresh.token(),
        PaymentStatus.REQUESTED, null, 2, "no answer");
    assertThat(PaymentEvents.attempts(retried, ChargeResult.authorized("ch").withAttempts(1))).isEqualTo(3);
  }

  @Test
  void aRoundRefusedByAnOpenCircuit_countsAsOneAttempt() {
    assertThat(PaymentEvents.attempts(fresh, ChargeResult.unavailable("circuit open").withAttempts(0))).isEqualTo(1);
  }

  @Test
  void detailsAreCutToWhatTheSchemaAllows() {
    assertThat(PaymentEvents.detail("x".repeat(800))).hasSize(500);
    assertThat(PaymentEvents.detail("short")).isEqualTo("short");
    assertThat(PaymentEvents.detail(null)).isNull();
  }
}
