package org.bazaar.recommendations;

import java.util.Objects;
import java.util.UUID;

/** A product as this service shows it: the catalog's details and the last known available stock. */
public record Product(UUID id, String sku, String name, String description, Price price, int available) {

  public Product {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(price, "price");
  }
}
