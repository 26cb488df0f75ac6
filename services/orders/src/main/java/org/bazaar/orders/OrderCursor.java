package org.bazaar.orders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after the last order of a page (newest first: creation time, then id), as an opaque
 * URL-safe string for {@code next} and {@code cursor}.
 */
public record OrderCursor(Instant createdAt, UUID id) {

  public String encode() {
    long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
    String plain = micros + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a cursor made by {@link #encode()}; throws {@link IllegalArgumentException} for anything else. */
  public static OrderCursor decode(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      if (colon < 1 || plain.length() - colon - 1 != 36) {
        throw new IllegalArgumentException("not a cursor");
      }
      long micros = Long.parseLong(plain.substring(0, colon));
      return new OrderCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(plain.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a cursor", e);
    }
  }
}
