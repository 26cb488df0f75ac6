package org.bazaar.catalog;

import java.util.ArrayList;
import java.util.List;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;

/**
 * One page request of the product list: an optional search text (matched case-insensitively against name,
 * description and SKU), a page size of 1 to 100 (default 20) and an optional cursor from a previous page.
 */
public record ProductQuery(String search, int limit, Cursor after) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;
  public static final int MAX_SEARCH = 200;

  /** Reads the raw query parameters (each may be null); throws {@link InvalidInput} listing every bad one. */
  public static ProductQuery from(String q, String limit, String cursor) {
    List<Violation> violations = new ArrayList<>();
    String search = q == null || q.isBlank() ? null : q.strip();
    if (search != null && (search.length() > MAX_SEARCH || search.indexOf('\u0000') >= 0)) {
      violations.add(new Violation("q", "must be at most " + MAX_SEARCH + " characters, without NUL"));
    }
    int size = DEFAULT_LIMIT;
    if (limit != null) {
      try {
        size = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > MAX_LIMIT) {
        violations.add(new Violation("limit", "must be a whole number from 1 to " + MAX_LIMIT));
      }
    }
    Cursor after = null;
    if (cursor != null && !cursor.isEmpty()) {
      try {
        after = Cursor.decode(cursor);
      } catch (InvalidInput e) {
        violations.addAll(e.violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new ProductQuery(search, size, after);
  }

  /** The search text as an ILIKE pattern matching it anywhere, with LIKE's wildcards taken literally. */
  public String likePattern() {
    if (search == null) {
      return null;
    }
    String escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
