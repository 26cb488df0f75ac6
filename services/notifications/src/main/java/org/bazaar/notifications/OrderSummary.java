package org.bazaar.notifications;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What an order mail says about the order: its id, its lines and its total. */
public record OrderSummary(UUID orderId, List<OrderItem> items, Price total) {

  public OrderSummary {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(total, "total");
    items = List.copyOf(items);
  }
}
