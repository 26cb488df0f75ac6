package org.bazaar.catalog;

import java.util.Objects;

/** A unit price in minor units (cents for EUR) of an ISO 4217 currency. */
public record Price(long amount, String currency) {

  public Price {
    Objects.requireNonNull(currency, "currency");
  }
}
