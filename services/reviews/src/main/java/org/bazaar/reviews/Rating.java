package org.bazaar.reviews;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The ratings of one product: how many and their sum; the average is rounded half up to one decimal. */
public record Rating(long count, long sum) {

  public static final Rating NONE = new Rating(0, 0);

  public Rating {
    if (count < 0 || sum < 0) {
      throw new IllegalArgumentException("count and sum cannot be negative");
    }
  }

  /** The average rating to one decimal, or null when there are no ratings. */
  public Double average() {
    if (count == 0) {
      return null;
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP).doubleValue();
  }
}
