package org.bazaar.notifications;

import java.util.Objects;

/** One line of an order as a mail lists it. */
public record OrderItem(String name, String sku, int quantity, Price unitPrice) {

  public OrderItem {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(unitPrice, "unitPrice");
  }

  public Price lineTotal() {
    return unitPrice.times(quantity);
  }
}
