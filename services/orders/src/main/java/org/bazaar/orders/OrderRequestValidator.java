package org.bazaar.orders;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;

/**
 * Checks a place-order body given as plain maps and lists ({@code {items:[{productId, quantity}], paymentToken,
 * fromCart}}, {@code fromCart} optional)
 * and reports every invalid field at once. Unknown fields are ignored; an empty item list is valid here
 * and rejected later as an empty order.
 */
public final class OrderRequestValidator {

  public static final int MAX_ITEMS = 50;
  public static final int MAX_QUANTITY = 99;
  public static final int MAX_TOKEN_LENGTH = 200;

  private OrderRequestValidator() {
  }

  public static OrderRequest validate(Map<String, ?> body) {
    List<Violation> violations = new ArrayList<>();
    List<RequestedItem> items = items(body.get("items"), violations);
    String token = paymentToken(body.get("paymentToken"), violations);
    boolean fromCart = fromCart(body.get("fromCart"), violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new OrderRequest(items, token, fromCart);
  }

  /** Absent (or null) means false. */
  private static boolean fromCart(Object value, List<Violation> violations) {
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean flag)) {
      violations.add(new Violation("fromCart", "must be true or false"));
      return false;
    }
    return flag;
  }

  private static List<RequestedItem> items(Object value, List<Violation> violations) {
    if (value == null) {
      violations.add(new Violation("items", "is required"));
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      violations.add(new Violation("items", "must be an array"));
      return List.of();
    }
    if (list.size() > MAX_ITEMS) {
      violations.add(new Violation("items", "must have at most " + MAX_ITEMS + " items"));
      return List.of();
    }
    List<RequestedItem> items = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String field = "items[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> item)) {
        violations.add(new Violation(field, "must be an object"));
        continue;
      }
      UUID productId = productId(item.get("productId"), field + ".productId", violations);
      Integer quantity = quantity(item.get("quantity"), field + ".quantity", violations);
      if (productId != null && !seen.add(productId)) {
        violations.add(new Violation(field + ".productId", "appears more than once; use one line per product"));
      } else if (productId != null && quantity != null) {
        items.add(new RequestedItem(productId, quantity));
      }
    }
    return items;
  }

  private static UUID productId(Object value, String field, List<Violation> violations) {
    if (value == null) {
      violations.add(new Violation(field, "is required"));
      return null;
    }
    if (value instanceof String text && text.length() == 36) {
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    violations.add(new Violation(field, "must be a product id (UUID)"));
    return null;
  }

  private static Integer quantity(Object value, String field, List<Violation> violations) {
    if (value == null) {
      violations.add(new Violation(field, "is required"));
      return null;
    }
    boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof BigInteger;
    if (!whole) {
      violations.add(new Violation(field, "must be a whole number"));
      return null;
    }
    BigInteger number = new BigInteger(value.toString());
    if (number.compareTo(BigInteger.ONE) < 0 || number.compareTo(BigInteger.valueOf(MAX_QUANTITY)) > 0) {
      violations.add(new Violation(field, "must be between 1 and " + MAX_QUANTITY));
      return null;
    }
    return number.intValue();
  }

  private static String paymentToken(Object value, List<Violation> violations) {
    if (value == null) {
      violations.add(new Violation("paymentToken", "is required"));
      return null;
    }
    if (!(value instanceof String token) || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
      violations.add(new Violation("paymentToken", "must be a text of 1 to " + MAX_TOKEN_LENGTH + " characters"));
      return null;
    }
    if (token.indexOf('\u0000') >= 0) {
      // Postgres text cannot hold NUL: the insert would fail
      violations.add(new Violation("paymentToken", "must not contain NUL characters"));
      return null;
    }
    return token;
  }
}
