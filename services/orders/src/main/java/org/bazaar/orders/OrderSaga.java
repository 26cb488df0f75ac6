package org.bazaar.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.bazaar.events.order.CancellationReason;

/**
 * The order saga as a state machine: a new order waits for stock, then for payment, each step with a
 * deadline; every input either moves the order on (and names the event to publish) or is ignored, so a
 * redelivered or late event never changes an order twice.
 */
public final class OrderSaga {

  private final Duration stockDeadline;
  private final Duration paymentDeadline;

  public OrderSaga(Duration stockDeadline, Duration paymentDeadline) {
    this.stockDeadline = requirePositive(stockDeadline, "stockDeadline");
    this.paymentDeadline = requirePositive(paymentDeadline, "paymentDeadline");
  }

  /** The state of an order placed at {@code now}: pending, waiting for stock until the stock deadline. */
  public SagaState start(Instant now) {
    return SagaState.awaiting(SagaStep.AWAITING_STOCK, now.plus(stockDeadline));
  }

  public Transition apply(SagaState state, SagaInput input, Instant now) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(now, "now");
    return switch (state.step()) {
      case AWAITING_STOCK -> awaitingStock(state, input, now);
      case AWAITING_PAYMENT -> awaitingPayment(state, input, now);
      case DONE -> Transition.ignored(state);
    };
  }

  private Transition awaitingStock(SagaState state, SagaInput input, Instant now) {
    return switch (input) {
      case STOCK_RESERVED -> Transition.to(SagaState.awaiting(SagaStep.AWAITING_PAYMENT, now.plus(paymentDeadline)),
          SagaEffect.REQUEST_PAYMENT);
      case STOCK_REJECTED -> cancel(CancellationReason.OUT_OF_STOCK);
      // stock that could not be reserved in time counts as out of stock: API.md fixes the three reasons
      case DEADLINE_PASSED -> isDue(state, now) ? cancel(CancellationReason.OUT_OF_STOCK) : Transition.ignored(state);
      default -> Transition.ignored(state);
    };
  }

  private Transition awaitingPayment(SagaState state, SagaInput input, Instant now) {
    return switch (input) {
      case PAYMENT_AUTHORIZED -> Transition.to(SagaState.confirmed(), SagaEffect.CONFIRM);
      case PAYMENT_DECLINED -> cancel(CancellationReason.PAYMENT_DECLINED);
      case PAYMENT_UNAVAILABLE -> cancel(CancellationReason.PAYMENT_UNAVAILABLE);
      case DEADLINE_PASSED -> isDue(state, now) ? cancel(CancellationReason.PAYMENT_UNAVAILABLE)
          : Transition.ignored(state);
      default -> Transition.ignored(state);
    };
  }

  /** Whether a pending order's current step has run out of time at {@code now}. */
  public static boolean isDue(SagaState state, Instant now) {
    return state.status() == OrderStatus.PENDING && !now.isBefore(state.deadlineAt());
  }

  private static Transition cancel(CancellationReason reason) {
    return Transition.to(SagaState.cancelled(reason), SagaEffect.CANCEL);
  }

  private static Duration requirePositive(Duration duration, String name) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return duration;
  }
}
