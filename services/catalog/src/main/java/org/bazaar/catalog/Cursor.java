package org.bazaar.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bazaar.platform.validation.InvalidInput;

/**
 * A position in the product list (newest first): the creation time and id of the last product of a page.
 * Clients see it only as an opaque base64url string.
 */
public record Cursor(Instant createdAt, UUID id) {

  private static final Pattern FORM = Pattern.compile("^p1:(-?\\d{1,19}):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"
      + "[0-9a-f]{4}-[0-9a-f]{12})$");

  public Cursor {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(id, "id");
  }

  public static Cursor after(Product product) {
    return new Cursor(product.createdAt(), product.id());
  }

  /** The opaque text form; the time is kept to the microsecond, as the database stores it. */
  public String encode() {
    long micros = Math.addExact(Math.multiplyExact(createdAt.getEpochSecond(), 1_000_000L), createdAt.getNano() / 1000);
    String plain = "p1:" + micros + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a cursor this API handed out; throws {@link InvalidInput} for anything else. */
  public static Cursor decode(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      Matcher matcher = FORM.matcher(plain);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("unknown form");
      }
      long micros = Long.parseLong(matcher.group(1));
      Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
      return new Cursor(at, UUID.fromString(matcher.group(2)));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new InvalidInput("cursor", "is not a cursor from a previous page");
    }
  }
}
