package org.bazaar.reviews;

import java.util.List;

/** A product's rating and its newest reviews, newest first, at most {@link #NEWEST_LIMIT}. */
public record ReviewSummary(Rating rating, List<Review> newest) {

  public static final int NEWEST_LIMIT = 10;
  public static final ReviewSummary EMPTY = new ReviewSummary(Rating.NONE, List.of());

  public ReviewSummary {
    newest = List.copyOf(newest);
    if (newest.size() > NEWEST_LIMIT) {
      throw new IllegalArgumentException("a summary holds at most " + NEWEST_LIMIT + " reviews");
    }
  }
}
