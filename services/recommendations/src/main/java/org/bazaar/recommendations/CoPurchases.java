package org.bazaar.recommendations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The "bought together" rule: one confirmed order counts once for every unordered pair of distinct products
 * in it, in both directions, however many units or lines of each it held.
 */
public final class CoPurchases {

  private CoPurchases() {
  }

  /** Every ordered pair (a, b) of distinct products in the order, sorted by a then b. */
  public static List<ProductPair> pairsOf(Collection<UUID> productIds) {
    List<UUID> distinct = productIds.stream().distinct().sorted().toList();
    List<ProductPair> pairs = new ArrayList<>(distinct.size() * Math.max(0, distinct.size() - 1));
    for (UUID a : distinct) {
      for (UUID b : distinct) {
        if (!a.equals(b)) {
          pairs.add(new ProductPair(a, b));
        }
      }
    }
    return pairs;
  }
}
