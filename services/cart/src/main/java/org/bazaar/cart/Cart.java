package org.bazaar.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's cart as answered: the lines that can still be bought, priced from the cart's product copy, and
 * their total. Lines of discontinued products are left out and listed in {@code dropped}, so the store can
 * delete them.
 */
public record Cart(List<CartLine> items, long totalAmount, String currency, List<UUID> dropped) {

  public Cart {
    items = List.copyOf(items);
    dropped = List.copyOf(dropped);
    Objects.requireNonNull(currency, "currency");
  }

  public static Cart empty(String currency) {
    return new Cart(List.of(), 0, currency, List.of());
  }

  /**
   * Prices the stored lines in their given order. A discontinued product's line is dropped; a line whose
   * product is not priced in the shop currency is hidden but kept (only a later price can make it valid again).
   * Throws {@link CartRejected} when the total does not fit a long.
   */
  public static Cart of(List<StoredLine> stored, String currency) {
    List<CartLine> items = new ArrayList<>();
    List<UUID> dropped = new ArrayList<>();
    long total = 0;
    for (StoredLine line : stored) {
      CartProduct product = line.product();
      if (product.discontinued()) {
        dropped.add(product.productId());
        continue;
      }
      if (!product.sellableIn(currency)) {
        continue;
      }
      CartLine item = new CartLine(product.productId(), product.sku(), product.name(), line.quantity(),
          product.priceAmount());
      try {
        total = Math.addExact(total, item.lineAmount());
      } catch (ArithmeticException e) {
        throw new CartRejected("the cart total is too large");
      }
      items.add(item);
    }
    return new Cart(items, total, currency, dropped);
  }
}
