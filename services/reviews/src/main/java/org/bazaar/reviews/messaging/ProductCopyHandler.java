package org.bazaar.reviews.messaging;

import java.util.List;

import io.vertx.core.Future;
import org.bazaar.events.EventTypes;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.reviews.persistence.CopyRepository;

/** Keeps the copy of which products exist and which are discontinued, from catalog's product events. */
public final class ProductCopyHandler {

  /** The event types this handler consumes. */
  public static final List<String> TYPES = List.of(EventTypes.PRODUCT_CREATED_V1,
      EventTypes.PRODUCT_DISCONTINUED_V1);

  private final Inbox inbox;
  private final CopyRepository copies;

  public ProductCopyHandler(Inbox inbox, CopyRepository copies) {
    this.inbox = inbox;
    this.copies = copies;
  }

  public Future<Void> handle(EventEnvelope event) {
    if (EventTypes.PRODUCT_DISCONTINUED_V1.equals(event.type())) {
      ProductDiscontinued discontinued = EventReading.read(event, ProductDiscontinued::fromJson);
      return inbox.once(event, (tx, e) -> copies.productDiscontinued(tx, discontinued.productId()));
    }
    ProductCreated created = EventReading.read(event, ProductCreated::fromJson);
    return inbox.once(event, (tx, e) -> copies.productCreated(tx, created.productId()));
  }
}
