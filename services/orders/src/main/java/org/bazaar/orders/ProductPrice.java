package org.bazaar.orders;

import java.util.UUID;

/** What orders knows about a catalog product: its sku, name and current unit price in minor units. */
public record ProductPrice(UUID productId, String sku, String name, long amount, String currency) {
}
