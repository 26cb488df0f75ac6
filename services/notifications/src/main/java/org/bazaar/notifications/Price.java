package org.bazaar.notifications;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in minor units of an ISO 4217 currency, written for people as {@code 12.99 EUR}. */
public record Price(long amount, String currency) {

  public Price {
    Objects.requireNonNull(currency, "currency");
  }

  public Price times(int quantity) {
    return new Price(Math.multiplyExact(amount, quantity), currency);
  }

  /** Major units with the currency's usual decimals (two when the code is unknown), then the code. */
  public String format() {
    return BigDecimal.valueOf(amount, fractionDigits()).toPlainString() + " " + currency;
  }

  private int fractionDigits() {
    try {
      int digits = Currency.getInstance(currency).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }
}
