package org.bazaar.payments.provider;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bazaar.payments.ChargeResult;

/**
 * Payments as an operator sees them: results by outcome ({@code bazaar_payments_total}: authorized, declined,
 * unavailable) and the time of each single call to the provider by how it ended
 * ({@code bazaar_payment_provider_seconds}; a call that errs or times out is {@code unavailable}).
 */
public final class ProviderMetrics {

  private final MeterRegistry registry;

  public ProviderMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (ChargeResult.Outcome outcome : ChargeResult.Outcome.values()) {
      payments(tag(outcome));
    }
  }

  /** One round of calls (retries included) has given its result. */
  void charged(ChargeResult result) {
    payments(tag(result.outcome())).increment();
  }

  /** One HTTP call to the provider, started at {@code startedNanos}, ended with {@code outcome}. */
  void called(long startedNanos, ChargeResult.Outcome outcome) {
    Timer.builder("bazaar.payment.provider").description("One call to the payment provider")
        .tag("outcome", tag(outcome)).register(registry)
        .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
  }

  private Counter payments(String outcome) {
    return Counter.builder("bazaar.payments").description("Payment results by outcome").tag("outcome", outcome)
        .register(registry);
  }

  private static String tag(ChargeResult.Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }
}
