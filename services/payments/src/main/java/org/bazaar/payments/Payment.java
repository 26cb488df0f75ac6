package org.bazaar.payments;

import java.util.Objects;
import java.util.UUID;

import org.bazaar.events.common.Money;

/** One order's payment as payments stores it; {@code token} is null for a payment cancelled before it was requested. */
public record Payment(UUID orderId, UUID customerId, Money amount, String token, PaymentStatus status,
    String providerChargeId, int attempts, String lastError) {

  public Payment {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(status, "status");
  }
}
