package org.bazaar.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as stored: who placed it, its saga state, its priced lines and total, when it changed, and whether
 * it was placed from the customer's cart.
 */
public record Order(
    UUID id,
    UUID customerId,
    SagaState state,
    List<PricedLine> lines,
    long totalAmount,
    String currency,
    String paymentToken,
    Instant createdAt,
    Instant updatedAt,
    int version,
    boolean fromCart) {

  public Order {
    lines = List.copyOf(lines);
  }

  public boolean isOwnedBy(UUID customer) {
    return customerId.equals(customer);
  }
}
