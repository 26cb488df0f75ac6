package org.bazaar.orders;

import java.time.Instant;
import java.util.Objects;

import org.bazaar.events.order.CancellationReason;

/**
 * Where an order stands in the saga: status, step, the reason of a cancellation, and the deadline of the
 * current step (pending orders only).
 */
public record SagaState(OrderStatus status, SagaStep step, CancellationReason reason, Instant deadlineAt) {

  public SagaState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(step, "step");
    if (status.isTerminal() != (step == SagaStep.DONE)) {
      throw new IllegalArgumentException("step " + step + " does not fit status " + status);
    }
    if ((status == OrderStatus.CANCELLED) != (reason != null)) {
      throw new IllegalArgumentException("a reason is given exactly when an order is cancelled");
    }
    if ((status == OrderStatus.PENDING) != (deadlineAt != null)) {
      throw new IllegalArgumentException("a deadline is given exactly when an order is pending");
    }
  }

  public static SagaState awaiting(SagaStep step, Instant deadlineAt) {
    return new SagaState(OrderStatus.PENDING, step, null, deadlineAt);
  }

  public static SagaState confirmed() {
    return new SagaState(OrderStatus.CONFIRMED, SagaStep.DONE, null, null);
  }

  public static SagaState cancelled(CancellationReason reason) {
    return new SagaState(OrderStatus.CANCELLED, SagaStep.DONE, Objects.requireNonNull(reason, "reason"), null);
  }
}
