package org.bazaar.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A product of the catalog, with the number of units that could be ordered as last reported by inventory. */
public record Product(UUID id, String sku, String name, String description, Price price, int available,
    Instant createdAt, Instant updatedAt) {

  public Product {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
