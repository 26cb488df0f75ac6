package org.bazaar.orders;

import java.util.List;

/** A validated request to place an order: the items (possibly none) and the payment token. */
public record OrderRequest(List<RequestedItem> items, String paymentToken) {

  public OrderRequest {
    items = List.copyOf(items);
  }
}
