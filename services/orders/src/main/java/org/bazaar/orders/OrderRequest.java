package org.bazaar.orders;

import java.util.List;

/**
 * A validated request to place an order: the items (possibly none), the payment token, and whether the
 * customer ordered what was in their cart.
 */
public record OrderRequest(List<RequestedItem> items, String paymentToken, boolean fromCart) {

  public OrderRequest {
    items = List.copyOf(items);
  }
}
