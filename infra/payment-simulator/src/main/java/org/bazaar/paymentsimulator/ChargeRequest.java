package org.bazaar.paymentsimulator;

import java.util.Objects;

/** What a client asks the provider to charge: an amount in minor units, a payment token and its own reference. */
public record ChargeRequest(long amount, String currency, String token, String reference) {

  public ChargeRequest {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(reference, "reference");
  }
}
