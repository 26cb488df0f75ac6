package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.bazaar.events.order.CancellationReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderSagaTest {

  private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
  private static final Duration STOCK = Duration.ofSeconds(30);
  private static final Duration PAYMENT = Duration.ofSeconds(60);

  private final OrderSaga saga = new OrderSaga(STOCK, PAYMENT);
  private final SagaState awaitingStock = saga.start(T0);
  private final SagaState awaitingPayment = SagaState.awaiting(SagaStep.AWAITING_PAYMENT, T0.plus(PAYMENT));

  @Test
  void aNewOrder_isPendingAndAwaitsStock_untilTheStockDeadline() {
    assertThat(awaitingStock).isEqualTo(new SagaState(OrderStatus.PENDING, SagaStep.AWAITING_STOCK, null,
        T0.plus(STOCK)));
  }

  @Test
  void stockReserved_movesToAwaitingPayment_withAFreshPaymentDeadline_andRequestsPayment() {
    Instant now = T0.plusSeconds(5);
    Transition t = saga.apply(awaitingStock, SagaInput.STOCK_RESERVED, now);

    assertThat(t.changed()).isTrue();
    assertThat(t.state()).isEqualTo(SagaState.awaiting(SagaStep.AWAITING_PAYMENT, now.plus(PAYMENT)));
    assertThat(t.effect()).contains(SagaEffect.REQUEST_PAYMENT);
  }

  @Test
  void stockRejected_cancelsOutOfStock() {
    assertCancelled(saga.apply(awaitingStock, SagaInput.STOCK_REJECTED, T0), CancellationReason.OUT_OF_STOCK);
  }

  @Test
  void paymentAuthorized_confirms() {
    Transition t = saga.apply(awaitingPayment, SagaInput.PAYMENT_AUTHORIZED, T0);

    assertThat(t.state()).isEqualTo(SagaState.confirmed());
    assertThat(t.state().status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(t.state().step()).isEqualTo(SagaStep.DONE);
    assertThat(t.effect()).contains(SagaEffect.CONFIRM);
  }

  @Test
  void paymentDeclined_cancelsPaymentDeclined() {
    assertCancelled(saga.apply(awaitingPayment, SagaInput.PAYMENT_DECLINED, T0), CancellationReason.PAYMENT_DECLINED);
  }

  @Test
  void providerUnavailable_cancelsPaymentUnavailable() {
    assertCancelled(saga.apply(awaitingPayment, SagaInput.PAYMENT_UNAVAILABLE, T0),
        CancellationReason.PAYMENT_UNAVAILABLE);
  }

  @Test
  @DisplayName("stock not reserved by the deadline cancels as OUT_OF_STOCK")
  void stockDeadlinePassed_cancelsOutOfStock() {
    assertCancelled(saga.apply(awaitingStock, SagaInput.DEADLINE_PASSED, T0.plus(STOCK)),
        CancellationReason.OUT_OF_STOCK);
  }

  @Test
  @DisplayName("no payment answer by the deadline cancels as PAYMENT_UNAVAILABLE")
  void paymentDeadlinePassed_cancelsPaymentUnavailable() {
    assertCancelled(saga.apply(awaitingPayment, SagaInput.DEADLINE_PASSED, T0.plus(PAYMENT).plusMillis(1)),
        CancellationReason.PAYMENT_UNAVAILABLE);
  }

  @Test
  void aDeadlineNotYetReached_changesNothing() {
    assertIgnored(awaitingStock, SagaInput.DEADLINE_PASSED, T0.plus(STOCK).minusNanos(1000));
    assertIgnored(awaitingPayment, SagaInput.DEADLINE_PASSED, T0.plus(PAYMENT).minusSeconds(1));
  }

  @ParameterizedTest
  @EnumSource(value = SagaInput.class, names = {"PAYMENT_AUTHORIZED", "PAYMENT_DECLINED", "PAYMENT_UNAVAILABLE"})
  void paymentAnswers_whileAwaitingStock_areIgnored(SagaInput input) {
    assertIgnored(awaitingStock, input, T0);
  }

  @ParameterizedTest
  @EnumSource(value = SagaInput.class, names = {"STOCK_RESERVED", "STOCK_REJECTED"})
  void stockAnswers_whileAwaitingPayment_areIgnored(SagaInput input) {
    assertIgnored(awaitingPayment, input, T0);
  }

  @ParameterizedTest
  @EnumSource(SagaInput.class)
  void everyInput_toAConfirmedOrder_isIgnored(SagaInput input) {
    assertIgnored(SagaState.confirmed(), input, T0.plus(Duration.ofDays(1)));
  }

  @ParameterizedTest
  @EnumSource(SagaInput.class)
  void everyInput_toACancelledOrder_isIgnored_andKeepsItsReason(SagaInput input) {
    for (CancellationReason reason : CancellationReason.values()) {
      assertIgnored(SagaState.cancelled(reason), input, T0.plus(Duration.ofDays(1)));
    }
  }

  @Test
  void theSameEventTwice_changesTheOrderOnce() {
    Transition first = saga.apply(awaitingStock, SagaInput.STOCK_RESERVED, T0);
    Transition second = saga.apply(first.state(), SagaInput.STOCK_RESERVED, T0.plusSeconds(1));

    assertThat(first.changed()).isTrue();
    assertThat(second.changed()).isFalse();
    assertThat(second.state()).isEqualTo(first.state());
  }

  @Test
  void theHappyPath_endsConfirmed_andTheUnhappyPathsEachEndCancelledWithAReason() {
    SagaState paying = saga.apply(awaitingStock, SagaInput.STOCK_RESERVED, T0).state();
    assertThat(saga.apply(paying, SagaInput.PAYMENT_AUTHORIZED, T0).state().status()).isEqualTo(OrderStatus.CONFIRMED);
    for (SagaInput input : EnumSet.of(SagaInput.PAYMENT_DECLINED, SagaInput.PAYMENT_UNAVAILABLE)) {
      SagaState end = saga.apply(paying, input, T0).state();
      assertThat(end.status()).isEqualTo(OrderStatus.CANCELLED);
      assertThat(end.reason()).isNotNull();
    }
  }

  @Test
  void deadlinesMustBePositive() {
    assertThatThrownBy(() -> new OrderSaga(Duration.ZERO, PAYMENT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderSaga(STOCK, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderSaga(null, PAYMENT)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isDue_onlyForPendingOrdersAtOrAfterTheirDeadline() {
    assertThat(OrderSaga.isDue(awaitingStock, T0)).isFalse();
    assertThat(OrderSaga.isDue(awaitingStock, T0.plus(STOCK))).isTrue();
    assertThat(OrderSaga.isDue(SagaState.confirmed(), T0.plus(Duration.ofDays(9)))).isFalse();
  }

  private void assertIgnored(SagaState state, SagaInput input, Instant now) {
    Transition t = saga.apply(state, input, now);
    assertThat(t.changed()).as("%s in %s", input, state).isFalse();
    assertThat(t.state()).isEqualTo(state);
    assertThat(t.effect()).isEmpty();
  }

  private static void assertCancelled(Transition t, CancellationReason reason) {
    assertThat(t.changed()).isTrue();
    assertThat(t.state()).isEqualTo(SagaState.cancelled(reason));
    assertThat(t.state().deadlineAt()).isNull();
    assertThat(t.effect()).contains(SagaEffect.CANCEL);
  }
}
