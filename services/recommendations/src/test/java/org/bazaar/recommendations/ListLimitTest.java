package org.bazaar.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListLimitTest {

  @Test
  void noLimit_meansTheDefault() {
    assertThat(ListLimit.RECOMMENDATIONS.parse(null)).isEqualTo(5);
    assertThat(ListLimit.HISTORY.parse(null)).isEqualTo(20);
  }

  @Test
  void limitsWithinRange_areTaken() {
    assertThat(ListLimit.RECOMMENDATIONS.parse("1")).isEqualTo(1);
    assertThat(ListLimit.RECOMMENDATIONS.parse("20")).isEqualTo(20);
    assertThat(ListLimit.HISTORY.parse("100")).isEqualTo(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "21", "-1", "", "five", "2.5", "99999999999"})
  void recommendationLimitsOutside1To20_orNotWholeNumbers_areInvalid(String raw) {
    assertThatThrownBy(() -> ListLimit.RECOMMENDATIONS.parse(raw)).isInstanceOf(InvalidInput.class)
        .extracting(e -> ((InvalidInput) e).violations())
        .asList().containsExactly(new Violation("limit", "must be a whole number from 1 to 20"));
  }

  @Test
  void historyLimitsAbove100_areInvalid() {
    assertThatThrownBy(() -> ListLimit.HISTORY.parse("101")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void aDefaultOutsideItsRange_isAProgrammingError() {
    assertThatThrownBy(() -> new ListLimit(21, 20)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ListLimit(0, 20)).isInstanceOf(IllegalArgumentException.class);
  }
}
