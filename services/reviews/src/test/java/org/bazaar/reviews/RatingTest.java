package org.bazaar.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void noRatings_haveNoAverage() {
    assertThat(Rating.NONE.average()).isNull();
    assertThat(Rating.NONE.count()).isZero();
  }

  @Test
  void theAverage_isRoundedHalfUpToOneDecimal() {
    assertThat(new Rating(1, 4).average()).isEqualTo(4.0);
    assertThat(new Rating(2, 7).average()).isEqualTo(3.5);
    assertThat(new Rating(3, 10).average()).isEqualTo(3.3);
    assertThat(new Rating(3, 11).average()).isEqualTo(3.7);
    assertThat(new Rating(20, 73).average()).isEqualTo(3.7);
    assertThat(new Rating(20, 71).average()).isEqualTo(3.6);
    assertThat(new Rating(7, 35).average()).isEqualTo(5.0);
  }

  @Test
  void countsAndSums_cannotBeNegative() {
    assertThatThrownBy(() -> new Rating(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rating(1, -3)).isInstanceOf(IllegalArgumentException.class);
  }
}
