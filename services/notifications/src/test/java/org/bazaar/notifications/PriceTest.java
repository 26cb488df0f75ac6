package org.bazaar.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriceTest {

  @Test
  void minorUnits_areWrittenWithTheCurrencysDecimals() {
    assertThat(new Price(1299, "EUR").format()).isEqualTo("12.99 EUR");
    assertThat(new Price(5, "EUR").format()).isEqualTo("0.05 EUR");
    assertThat(new Price(0, "USD").format()).isEqualTo("0.00 USD");
    assertThat(new Price(1299, "JPY").format()).isEqualTo("1299 JPY");
    assertThat(new Price(1299, "KWD").format()).isEqualTo("1.299 KWD");
  }

  @Test
  void anUnknownCurrency_getsTwoDecimals() {
    assertThat(new Price(1299, "XYZ").format()).isEqualTo("12.99 XYZ");
  }

  @Test
  void times_multipliesWithoutSilentOverflow() {
    assertThat(new Price(990, "EUR").times(3)).isEqualTo(new Price(2970, "EUR"));
    assertThatThrownBy(() -> new Price(Long.MAX_VALUE, "EUR").times(2)).isInstanceOf(ArithmeticException.class);
  }
}
