package org.bazaar.recommendations;

import java.util.Objects;
import java.util.UUID;

/** Two distinct products bought in one order; {@code b} is recommended beside {@code a}. */
public record ProductPair(UUID a, UUID b) {

  public ProductPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a pair needs two distinct products, got " + a + " twice");
    }
  }
}
