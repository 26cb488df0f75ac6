package org.bazaar.events;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.Function;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.order.OrderPlaced;
import org.bazaar.events.payment.PaymentAuthorized;
import org.bazaar.events.payment.PaymentDeclined;
import org.bazaar.events.payment.PaymentRequested;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;
import org.bazaar.events.product.ProductViewed;
import org.bazaar.events.review.ReviewPosted;
import org.bazaar.events.stock.StockAdjusted;
import org.bazaar.events.stock.StockCommitted;
import org.bazaar.events.stock.StockRejected;
import org.bazaar.events.stock.StockReleased;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.events.user.UserRegistered;

/** The typed reader of every event type, for tests that go through all of them. */
final class PayloadReaders {

  static final Map<String, Function<JsonObject, EventPayload>> BY_TYPE = Map.ofEntries(
      Map.entry(ProductCreated.TYPE, ProductCreated::fromJson),
      Map.entry(ProductUpdated.TYPE, ProductUpdated::fromJson),
      Map.entry(ProductDiscontinued.TYPE, ProductDiscontinued::fromJson),
      Map.entry(StockAdjusted.TYPE, StockAdjusted::fromJson),
      Map.entry(StockReserved.TYPE, StockReserved::fromJson),
      Map.entry(StockRejected.TYPE, StockRejected::fromJson),
      Map.entry(StockReleased.TYPE, StockReleased::fromJson),
      Map.entry(StockCommitted.TYPE, StockCommitted::fromJson),
      Map.entry(OrderPlaced.TYPE, OrderPlaced::fromJson),
      Map.entry(OrderConfirmed.TYPE, OrderConfirmed::fromJson),
      Map.entry(OrderCancelled.TYPE, OrderCancelled::fromJson),
      Map.entry(PaymentRequested.TYPE, PaymentRequested::fromJson),
      Map.entry(PaymentAuthorized.TYPE, PaymentAuthorized::fromJson),
      Map.entry(PaymentDeclined.TYPE, PaymentDeclined::fromJson),
      Map.entry(UserRegistered.TYPE, UserRegistered::fromJson),
      Map.entry(ReviewPosted.TYPE, ReviewPosted::fromJson),
      Map.entry(ProductViewed.TYPE, ProductViewed::fromJson));

  /** The payload field that is the Kafka key. */
  static String keyField(String type) {
    return switch (type.split("\\.")[2]) {
      case "product" -> EventTypes.PRODUCT_VIEWED_V1.equals(type) ? "userId" : "productId";
      case "review" -> "productId";
      case "user" -> "userId";
      case "stock" -> EventTypes.STOCK_ADJUSTED_V1.equals(type) ? "sku" : "orderId";
      default -> "orderId";
    };
  }

  private PayloadReaders() {
  }
}
