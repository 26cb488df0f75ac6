package org.bazaar.inventory.messaging;

import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import org.bazaar.inventory.ReservationDecision;
import org.bazaar.inventory.ReserveAll;

/**
 * Counts reservation decisions by outcome ({@code bazaar_reservations_total}): reserved, rejected, released,
 * committed. A handler notes its outcome inside its transaction and it is counted once that has committed.
 */
public final class ReservationMetrics {

  static final String RESERVED = "reserved";
  static final String REJECTED = "rejected";
  static final String RELEASED = "released";
  static final String COMMITTED = "committed";

  private final MeterRegistry registry;

  public ReservationMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (String outcome : new String[] {RESERVED, REJECTED, RELEASED, COMMITTED}) {
      counter(outcome);
    }
  }

  static String outcomeOf(ReservationDecision decision) {
    return decision instanceof ReserveAll ? RESERVED : REJECTED;
  }

  /** Counts the outcome {@code work} noted, if any, once {@code work} has succeeded. */
  Future<Void> counted(java.util.function.Function<AtomicReference<String>, Future<Void>> work) {
    AtomicReference<String> outcome = new AtomicReference<>();
    return work.apply(outcome).onSuccess(v -> {
      if (outcome.get() != null) {
        counter(outcome.get()).increment();
      }
    });
  }

  private Counter counter(String outcome) {
    return Counter.builder("bazaar.reservations").description("Reservation decisions by outcome")
        .tag("outcome", outcome).register(registry);
  }
}
