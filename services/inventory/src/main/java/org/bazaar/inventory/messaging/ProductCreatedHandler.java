package org.bazaar.inventory.messaging;

import io.vertx.core.Future;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.inventory.persistence.StockRepository;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;

/** Gives every new product's SKU a stock row with nothing on hand (an existing row is left as it is). */
public final class ProductCreatedHandler {

  private final Inbox inbox;
  private final StockRepository stock;

  public ProductCreatedHandler(Inbox inbox, StockRepository stock) {
    this.inbox = inbox;
    this.stock = stock;
  }

  public Future<Void> handle(EventEnvelope event) {
    ProductCreated product = ProductCreated.fromJson(event.data());
    return inbox.once(event, (tx, e) -> stock.createIfAbsent(tx, product.sku()));
  }
}
