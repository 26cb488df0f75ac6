package org.bazaar.catalog.messaging;

import java.time.Instant;
import java.util.UUID;

import org.bazaar.catalog.Product;
import org.bazaar.events.common.Money;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;

/** The events catalog publishes: created and updated carry the full product state after the change. */
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

  public static ProductDiscontinued discontinued(UUID productId, String sku, Instant discontinuedAt) {
    return new ProductDiscontinued(productId, sku, discontinuedAt);
  }

  private static Money money(Product product) {
    return new Money(product.price().amount(), product.price().currency());
  }
}
