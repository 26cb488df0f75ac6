package org.bazaar.reviews;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.validation.Fields;
import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;

/** A validated review as a shopper sends it: a whole number of stars from 1 to 5 and a text that may be empty. */
public record NewReview(int rating, String text) {

  public static final int MIN_RATING = 1;
  public static final int MAX_RATING = 5;
  public static final int MAX_TEXT = 2000;

  /** Reads and checks a request body; throws {@link InvalidInput} listing every bad field. */
  public static NewReview from(Map<String, Object> body) {
    List<Violation> violations = new ArrayList<>();
    Integer rating = rating(body.get("rating"), violations);
    String text = text(body.get("text"), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new NewReview(rating, text);
  }

  private static Integer rating(Object value, List<Violation> violations) {
    if (value == null) {
      violations.add(new Violation("rating", "is required"));
      return null;
    }
    // JSON knows numbers, not integer types: 4 and 4.0 are the same number
    BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString()) : null;
    if (number == null || number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(MIN_RATING)) < 0
        || number.compareTo(BigDecimal.valueOf(MAX_RATING)) > 0) {
      violations.add(new Violation("rating", "must be a whole number from " + MIN_RATING + " to " + MAX_RATING));
      return null;
    }
    return number.intValueExact();
  }

  /** The text is optional: missing or null is an empty text (a rating only). */
  private static String text(Object value, List<Violation> violations) {
    if (value == null) {
      return "";
    }
    String text = Fields.text("text", value, violations);
    if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
      violations.add(new Violation("text", "must be at most " + MAX_TEXT + " characters"));
      return null;
    }
    return text;
  }
}
