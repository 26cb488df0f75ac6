package org.bazaar.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.Test;

class NewReviewTest {

  @Test
  void aRatingFromOneToFive_andAText_makeAReview() {
    assertThat(NewReview.from(Map.of("rating", 1, "text", "Meh"))).isEqualTo(new NewReview(1, "Meh"));
    assertThat(NewReview.from(Map.of("rating", 5, "text", "Great"))).isEqualTo(new NewReview(5, "Great"));
  }

  @Test
  void theText_mayBeEmptyOrLeftOut() {
    assertThat(NewReview.from(Map.of("rating", 3, "text", ""))).isEqualTo(new NewReview(3, ""));
    assertThat(NewReview.from(Map.of("rating", 3))).isEqualTo(new NewReview(3, ""));
    Map<String, Object> explicitNull = new HashMap<>();
    explicitNull.put("rating", 3);
    explicitNull.put("text", null);
    assertThat(NewReview.from(explicitNull)).isEqualTo(new NewReview(3, ""));
  }

  @Test
  void aWholeNumberWrittenWithADecimalPoint_isStillAWholeNumber() {
    assertThat(NewReview.from(Map.of("rating", 4.0)).rating()).isEqualTo(4);
  }

  @Test
  void theRating_isRequired() {
    assertThat(violations(Map.of("text", "no stars"))).containsExactly(new Violation("rating", "is required"));
  }

  @Test
  void theRating_mustBeAWholeNumberFromOneToFive() {
    for (Object bad : List.of(0, 6, -1, 3.5, "4", true, 99999999999L, new BigInteger("123456789012345678901234"))) {
      assertThat(violations(Map.of("rating", bad))).as("rating %s", bad)
          .containsExactly(new Violation("rating", "must be a whole number from 1 to 5"));
    }
  }

  @Test
  void theText_isAtMost2000Characters_countingCharactersNotUtf16Units() {
    assertThat(NewReview.from(Map.of("rating", 2, "text", "a".repeat(2000))).text()).hasSize(2000);
    String emoji = "\uD83D\uDE00";
    assertThat(NewReview.from(Map.of("rating", 2, "text", emoji.repeat(2000))).text()).hasSize(4000);
    assertThat(violations(Map.of("rating", 2, "text", "a".repeat(2001))))
        .containsExactly(new Violation("text", "must be at most 2000 characters"));
  }

  @Test
  void theText_mustBeAStringWithoutNul() {
    assertThat(violations(Map.of("rating", 2, "text", 42)))
        .containsExactly(new Violation("text", "must be a string"));
    assertThat(violations(Map.of("rating", 2, "text", "bad\u0000text")))
        .containsExactly(new Violation("text", "must not contain NUL characters"));
  }

  @Test
  void everyBadField_isReported() {
    assertThat(violations(Map.of("rating", 9, "text", List.of()))).extracting(Violation::field)
        .containsExactly("rating", "text");
  }

  @Test
  void unknownFields_areIgnored() {
    assertThat(NewReview.from(Map.of("rating", 4, "text", "ok", "verifiedPurchase", true, "author", "Me")))
        .isEqualTo(new NewReview(4, "ok"));
  }

  private static List<Violation> violations(Map<String, Object> body) {
    try {
      NewReview.from(body);
    } catch (InvalidInput e) {
      return e.violations();
    }
    assertThatThrownBy(() -> NewReview.from(body)).isInstanceOf(InvalidInput.class);
    return List.of();
  }
}
