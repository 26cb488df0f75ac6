package org.bazaar.cart;

import java.math.BigInteger;
import java.util.Map;
import java.util.OptionalInt;

import org.bazaar.platform.validation.InvalidInput;

/** The rules of a cart: how many of one product a line may hold, how many lines, and what an order takes away. */
public final class CartRules {

  public static final int MAX_QUANTITY = 99;
  /** As many lines as one order may have, so a full cart can always be ordered. */
  public static final int MAX_LINES = 50;

  private CartRules() {
  }

  /** The {@code quantity} of a set-quantity body: a whole number from 1 to 99; throws {@link InvalidInput}. */
  public static int quantity(Map<String, ?> body) {
    Object value = body.get("quantity");
    if (value == null) {
      throw new InvalidInput("quantity", "is required");
    }
    boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger;
    if (!whole) {
      throw new InvalidInput("quantity", "must be a whole number");
    }
    BigInteger number = new BigInteger(value.toString());
    if (number.compareTo(BigInteger.ONE) < 0 || number.compareTo(BigInteger.valueOf(MAX_QUANTITY)) > 0) {
      throw new InvalidInput("quantity", "must be between 1 and " + MAX_QUANTITY);
    }
    return number.intValue();
  }

  /** Throws {@link CartRejected} if a cart would hold more than {@value #MAX_LINES} different products. */
  public static void checkSize(Cart cart) {
    if (cart.items().size() > MAX_LINES) {
      throw new CartRejected("a cart holds at most " + MAX_LINES + " different products");
    }
  }

  /** What is left of a line of {@code inCart} units after an order took {@code ordered}; empty: remove the line. */
  public static OptionalInt afterOrder(int inCart, int ordered) {
    long left = (long) inCart - Math.max(ordered, 0);
    return left <= 0 ? OptionalInt.empty() : OptionalInt.of((int) left);
  }
}
