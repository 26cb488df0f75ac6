package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.bazaar.events.order.CancellationReason;
import org.junit.jupiter.api.Test;

class SagaStateTest {

  private static final Instant DEADLINE = Instant.parse("2025-01-01T10:00:00Z");

  @Test
  void aPendingOrder_cannotBeDone_orHaveAReason_orLackADeadline() {
    assertThatThrownBy(() -> new SagaState(OrderStatus.PENDING, SagaStep.DONE, null, DEADLINE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SagaState(OrderStatus.PENDING, SagaStep.AWAITING_STOCK,
        CancellationReason.OUT_OF_STOCK, DEADLINE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SagaState(OrderStatus.PENDING, SagaStep.AWAITING_STOCK, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTerminalOrder_isDone_hasNoDeadline_andHasAReasonExactlyWhenCancelled() {
    assertThatThrownBy(() -> new SagaState(OrderStatus.CONFIRMED, SagaStep.AWAITING_PAYMENT, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SagaState(OrderStatus.CONFIRMED, SagaStep.DONE, null, DEADLINE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SagaState(OrderStatus.CANCELLED, SagaStep.DONE, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SagaState(OrderStatus.CONFIRMED, SagaStep.DONE, CancellationReason.OUT_OF_STOCK,
        null)).isInstanceOf(IllegalArgumentException.class);
  }
}
