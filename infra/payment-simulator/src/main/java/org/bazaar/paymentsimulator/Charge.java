package org.bazaar.paymentsimulator;

import java.time.Instant;
import java.util.UUID;

/** A charge the simulated provider made: money taken from the customer for one reference (the order id). */
public record Charge(String id, long amount, String currency, String reference, Instant createdAt) {

  /** A new charge for a request, with a fresh {@code ch_<uuid>} id. */
  public static Charge of(ChargeRequest request, Instant now) {
    return new Charge("ch_" + UUID.randomUUID(), request.amount(), request.currency(), request.reference(), now);
  }
}
