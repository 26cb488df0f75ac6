package org.bazaar.platform.validation;

import java.util.List;

/** Checks for single input fields that add a {@link Violation} to a list instead of throwing. */
public final class Fields {

  private Fields() {
  }

  /** The value as text, or null after adding why it is none: missing, not a string, or holding a NUL. */
  public static String text(String field, Object value, List<Violation> violations) {
    if (value == null) {
      violations.add(new Violation(field, "is required"));
      return null;
    }
    if (!(value instanceof String text)) {
      violations.add(new Violation(field, "must be a string"));
      return null;
    }
    if (text.indexOf('\u0000') >= 0) {
      violations.add(new Violation(field, "must not contain NUL characters"));
      return null;
    }
    return text;
  }
}
