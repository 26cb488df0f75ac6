package org.bazaar.catalog.messaging;

import org.bazaar.catalog.Product;
import org.bazaar.events.common.Money;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductUpdated;

/** The events catalog publishes, each carrying the full product state after the change. */
public final class ProductEvents {

  private ProductEvents() {
  }

  public static ProductCreated created(Product product) {
    return new ProductCreated(product.id(), product.sku(), product.name(), product.description(), money(product),
        product.createdAt());
  }

  public static ProductUpdated updated(Product product) {
    return new ProductUpdated(product.id(), product.sku(), product.name(), product.description(), money(product),
        product.updatedAt());
  }

  private static Money money(Product product) {
    return new Money(product.price().amount(), product.price().currency());
  }
}
