package org.bazaar.recommendations;

import java.util.Objects;

/** A price in minor units of an ISO 4217 currency, as the catalog last announced it. */
public record Price(long amount, String currency) {

  public Price {
    Objects.requireNonNull(currency, "currency");
  }
}
