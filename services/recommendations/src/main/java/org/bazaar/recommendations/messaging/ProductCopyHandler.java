package org.bazaar.recommendations.messaging;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.Money;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.recommendations.Price;
import org.bazaar.recommendations.ProductCopy;
import org.bazaar.recommendations.persistence.ProductRepository;

/** Keeps the copy of the catalog from product events: details from created/updated, and discontinuations. */
public final class ProductCopyHandler {

  /** The event types this handler consumes. */
  public static final List<String> TYPES = List.of(EventTypes.PRODUCT_CREATED_V1, EventTypes.PRODUCT_UPDATED_V1,
      EventTypes.PRODUCT_DISCONTINUED_V1);

  private final Inbox inbox;
  private final ProductRepository products;

  public ProductCopyHandler(Inbox inbox, ProductRepository products) {
    this.inbox = inbox;
    this.products = products;
  }

  public Future<Void> handle(EventEnvelope event) {
    if (EventTypes.PRODUCT_DISCONTINUED_V1.equals(event.type())) {
      return Payloads.read(event, () -> ProductDiscontinued.fromJson(event.data()).productId())
          .compose(id -> inbox.once(event, (tx, e) -> products.discontinue(tx, id)));
    }
    return Payloads.read(event, () -> copyOf(event.type(), event.data()))
        .compose(copy -> inbox.once(event, (tx, e) -> products.save(tx, copy)));
  }

  /** The product details a created or updated event states. */
  static ProductCopy copyOf(String type, JsonObject data) {
    return switch (type) {
      case EventTypes.PRODUCT_CREATED_V1 -> {
        ProductCreated created = ProductCreated.fromJson(data);
        yield new ProductCopy(created.productId(), created.sku(), created.name(), created.description(),
            price(created.price()), created.createdAt());
      }
      case EventTypes.PRODUCT_UPDATED_V1 -> {
        ProductUpdated updated = ProductUpdated.fromJson(data);
        yield new ProductCopy(updated.productId(), updated.sku(), updated.name(), updated.description(),
            price(updated.price()), updated.updatedAt());
      }
      default -> throw new IllegalArgumentException("not a product details event: " + type);
    };
  }

  private static Price price(Money money) {
    return new Price(money.amount(), money.currency());
  }
}
