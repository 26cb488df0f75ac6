package org.bazaar.recommendations;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A product's details as one catalog event states them; {@code changedAt} is when the catalog made that
 * change, so an older copy never replaces a newer one.
 */
public record ProductCopy(UUID id, String sku, String name, String description, Price price, Instant changedAt) {

  public ProductCopy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(changedAt, "changedAt");
  }
}
