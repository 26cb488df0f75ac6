package org.bazaar.orders.metrics;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.orders.OrderStatus;
import org.bazaar.orders.SagaState;

/**
 * The saga's meters: orders accepted, terminal outcomes by status and reason, and the time from placing an
 * order to its end. Counted only once the transaction that made the change has committed, so a rolled-back
 * and retried change, or a redelivered event, never counts twice.
 */
public final class SagaMetrics {

  static final String NO_REASON = "none";

  private final MeterRegistry registry;
  private final Counter placed;

  public SagaMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.placed = Counter.builder("bazaar.orders.placed").description("Orders accepted").register(registry);
    // every outcome is on /metrics from the start, so rates and alerts see zeros rather than nothing
    outcomes(OrderStatus.CONFIRMED, NO_REASON);
    duration(OrderStatus.CONFIRMED);
    duration(OrderStatus.CANCELLED);
    for (CancellationReason reason : CancellationReason.values()) {
      outcomes(OrderStatus.CANCELLED, reason.name());
    }
  }

  /** Counts an accepted order once {@code tx} commits. */
  public void placed(SqlConnection tx) {
    afterCommit(tx, placed::increment);
  }

  /** Counts an order's end (a terminal {@code state}) once {@code tx} commits. */
  public void ended(SqlConnection tx, SagaState state, Instant placedAt, Instant endedAt) {
    if (!state.status().isTerminal()) {
      throw new IllegalArgumentException("not a terminal state: " + state);
    }
    afterCommit(tx, () -> {
      outcomes(state.status(), state.reason() == null ? NO_REASON : state.reason().name()).increment();
      duration(state.status()).record(Duration.between(placedAt, endedAt));
    });
  }

  private Counter outcomes(OrderStatus status, String reason) {
    return Counter.builder("bazaar.saga.outcomes").description("Orders that reached the end of the saga")
        .tag("status", status.name()).tag("reason", reason).register(registry);
  }

  private Timer duration(OrderStatus status) {
    return Timer.builder("bazaar.saga.duration").description("From order placed to confirmed or cancelled")
        .tag("status", status.name())
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(10))
        .maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry);
  }

  private static void afterCommit(SqlConnection tx, Runnable action) {
    Transaction transaction = tx.transaction();
    if (transaction == null) {
      action.run();
    } else {
      transaction.completion().onSuccess(v -> action.run());
    }
  }
}
