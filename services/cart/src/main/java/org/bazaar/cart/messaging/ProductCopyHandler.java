package org.bazaar.cart.messaging;

import io.vertx.core.Future;
import org.bazaar.cart.CartProduct;
import org.bazaar.cart.persistence.ProductCopyRepository;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;

/** Keeps the cart's product copy (sku, name, price, discontinued) current from the catalog's events, each once. */
public final class ProductCopyHandler {

  private final Inbox inbox;
  private final ProductCopyRepository products;

  public ProductCopyHandler(Inbox inbox, ProductCopyRepository products) {
    this.inbox = inbox;
    this.products = products;
  }

  public Future<Void> created(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> {
      ProductCreated p = ProductCreated.fromJson(e.data());
      return products.upsert(tx, new CartProduct(p.productId(), p.sku(), p.name(), p.price().amount(),
          p.price().currency(), false), p.createdAt());
    });
  }

  public Future<Void> updated(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> {
      ProductUpdated p = ProductUpdated.fromJson(e.data());
      return products.upsert(tx, new CartProduct(p.productId(), p.sku(), p.name(), p.price().amount(),
          p.price().currency(), false), p.updatedAt());
    });
  }

  public Future<Void> discontinued(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> {
      ProductDiscontinued p = ProductDiscontinued.fromJson(e.data());
      return products.discontinue(tx, p.productId(), p.sku(), p.discontinuedAt());
    });
  }
}
