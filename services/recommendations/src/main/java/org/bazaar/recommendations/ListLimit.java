package org.bazaar.recommendations;

import org.bazaar.platform.validation.InvalidInput;

/** The {@code limit} query parameter of a list: a whole number from 1 to a maximum, with a default. */
public record ListLimit(int fallback, int max) {

  public static final String FIELD = "limit";

  /** Recommendations of a product: 1..20, default 5. */
  public static final ListLimit RECOMMENDATIONS = new ListLimit(5, 20);
  /** A shopper's browsing history: 1..100, default 20. */
  public static final ListLimit HISTORY = new ListLimit(20, 100);

  public ListLimit {
    if (max < 1 || fallback < 1 || fallback > max) {
      throw new IllegalArgumentException("need 1 <= fallback <= max, got " + fallback + " and " + max);
    }
  }

  /** The limit a request asked for, the default when it asked for none, or {@link InvalidInput}. */
  public int parse(String raw) {
    if (raw == null) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw invalid();
    }
    if (value < 1 || value > max) {
      throw invalid();
    }
    return value;
  }

  private InvalidInput invalid() {
    return new InvalidInput(FIELD, "must be a whole number from 1 to " + max);
  }
}
