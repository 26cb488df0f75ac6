package org.bazaar.orders;

import java.util.UUID;

/** One line as the customer asked for it: which product and how many; never a price. */
public record RequestedItem(UUID productId, int quantity) {
}
