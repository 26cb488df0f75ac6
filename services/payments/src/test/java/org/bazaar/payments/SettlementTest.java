package org.bazaar.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.bazaar.payments.Settlement.Publication;
import org.junit.jupiter.api.Test;

class SettlementTest {

  private final ChargeResult authorized = ChargeResult.authorized("ch_1").withAttempts(1);
  private final ChargeResult declined = ChargeResult.declined("provider declined: card_declined").withAttempts(1);
  private final ChargeResult unavailable = ChargeResult.unavailable("no answer within 1000 ms").withAttempts(4);

  @Test
  void aRequestedPaymentTakesTheProvidersAnswer_andPublishesIt() {
    assertThat(Settlement.decide(PaymentStatus.REQUESTED, authorized))
        .isEqualTo(new Settlement(PaymentStatus.AUTHORIZED, Publication.AUTHORIZED, false));
    assertThat(Settlement.decide(PaymentStatus.REQUESTED, declined))
        .isEqualTo(new Settlement(PaymentStatus.DECLINED, Publication.DECLINED, false));
    assertThat(Settlement.decide(PaymentStatus.REQUESTED, unavailable))
        .isEqualTo(new Settlement(PaymentStatus.UNAVAILABLE, Publication.DECLINED, false));
  }

  @Test
  void aPaymentSettledByAnotherDelivery_isLeftAlone_andPublishesNothing() {
    for (PaymentStatus settled : new PaymentStatus[] {PaymentStatus.AUTHORIZED, PaymentStatus.DECLINED,
        PaymentStatus.UNAVAILABLE}) {
      assertThat(Settlement.decide(settled, authorized)).isEqualTo(new Settlement(settled, Publication.NONE, false));
      assertThat(Settlement.decide(settled, unavailable)).isEqualTo(new Settlement(settled, Publication.NONE, false));
    }
  }

  @Test
  void aPaymentCancelledWhileTheCallWasInFlight_staysCancelled_unlessTheProviderCharged() {
    assertThat(Settlement.decide(PaymentStatus.CANCELLED, declined))
        .isEqualTo(new Settlement(PaymentStatus.CANCELLED, Publication.NONE, false));
    assertThat(Settlement.decide(PaymentStatus.CANCELLED, unavailable))
        .isEqualTo(new Settlement(PaymentStatus.CANCELLED, Publication.NONE, false));
    assertThat(Settlement.decide(PaymentStatus.CANCELLED, authorized))
        .isEqualTo(new Settlement(PaymentStatus.AUTHORIZED, Publication.AUTHORIZED, true));
  }

  @Test
  void onlyRequestedIsNotFinal() {
    assertThat(PaymentStatus.REQUESTED.isFinal()).isFalse();
    assertThat(PaymentStatus.values()).filteredOn(PaymentStatus::isFinal).hasSize(4);
  }
}
