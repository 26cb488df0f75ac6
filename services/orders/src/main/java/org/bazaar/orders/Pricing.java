package org.bazaar.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Prices an order from the product copy, never from the client: each line takes the product's current
 * price, the total is the sum of quantity times unit price, and every line must be in the shop's currency.
 */
public final class Pricing {

  private Pricing() {
  }

  public static PricedOrder price(List<RequestedItem> items, Map<UUID, ProductPrice> products, String currency) {
    if (items.isEmpty()) {
      throw new OrderRejected("the order has no items");
    }
    List<PricedLine> lines = new ArrayList<>();
    long total = 0;
    for (RequestedItem item : items) {
      ProductPrice product = products.get(item.productId());
      if (product == null) {
        throw new OrderRejected("unknown product " + item.productId());
      }
      if (!product.currency().equals(currency)) {
        throw new OrderRejected("product " + item.productId() + " is priced in " + product.currency()
            + " but orders are paid in " + currency);
      }
      PricedLine line = new PricedLine(lines.size() + 1, product.productId(), product.sku(), product.name(),
          item.quantity(), product.amount());
      try {
        total = Math.addExact(total, line.lineAmount());
      } catch (ArithmeticException e) {
        throw new OrderRejected("the order total is too large");
      }
      lines.add(line);
    }
    return new PricedOrder(lines, total, currency);
  }
}
