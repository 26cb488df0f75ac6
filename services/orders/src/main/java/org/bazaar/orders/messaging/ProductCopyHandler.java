package org.bazaar.orders.messaging;

import io.vertx.core.Future;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;
import org.bazaar.orders.ProductPrice;
import org.bazaar.orders.persistence.ProductRepository;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;

/** Keeps the product copy (sku, name, price, discontinued) current from the catalog's product events. */
public final class ProductCopyHandler {

  private final Inbox inbox;
  private final ProductRepository products;

  public ProductCopyHandler(Inbox inbox, ProductRepository products) {
    this.inbox = inbox;
    this.products = products;
  }

  public Future<Void> created(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> {
      ProductCreated p = ProductCreated.fromJson(e.data());
      return products.upsert(tx, new ProductPrice(p.productId(), p.sku(), p.name(), p.price().amount(),
          p.price().currency()), p.createdAt());
    });
  }

  public Future<Void> discontinued(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> {
      ProductDiscontinued p = ProductDiscontinued.fromJson(e.data());
      return products.discontinue(tx, p.productId(), p.sku(), p.discontinuedAt());
    });
  }

  public Future<Void> updated(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> {
      ProductUpdated p = ProductUpdated.fromJson(e.data());
      return products.upsert(tx, new ProductPrice(p.productId(), p.sku(), p.name(), p.price().amount(),
          p.price().currency()), p.updatedAt());
    });
  }
}
