package org.bazaar.platform.deadletters;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bazaar.platform.http.HttpProblem;

/** A position in a dead-letter topic, handed to clients as an opaque {@code next} value. */
record Cursor(int partition, long offset) {

  static final Cursor START = new Cursor(0, 0);

  String encode() {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((partition + ":" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The start for null; 400 for anything this class did not write. */
  static Cursor decode(String value) {
    if (value == null) {
      return START;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split(":");
      Cursor cursor = new Cursor(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
      if (parts.length != 2 || cursor.partition < 0 || cursor.offset < 0) {
        throw new IllegalArgumentException(value);
      }
      return cursor;
    } catch (RuntimeException e) {
      throw HttpProblem.badRequest("The cursor is not one this API returned.");
    }
  }
}
