package org.bazaar.inventory.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.order.OrderPlaced;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.platform.testing.TestEvents;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Publishes the events inventory consumes the way another service's relay would: a raw Kafka producer, the
 * CloudEvents {@code ce_*} headers, and payloads that are checked against their schema before they go out.
 */
public final class EventPublisher implements AfterAllCallback, AutoCloseable {

  private static final UUID CUSTOMER = UUID.randomUUID();

  private final TestEvents events = new TestEvents();

  /** Publishes product.created for a new product with this SKU; returns the event id. */
  public String productCreated(String sku) {
    UUID productId = UUID.randomUUID();
    ProductCreated created = new ProductCreated(productId, sku, "Product " + sku, "", new Money(1000, "EUR"),
        Instant.now());
    return publish(created.type(), productId.toString(), UUID.randomUUID().toString(), created.toJson());
  }

  /** Publishes order.placed with the given SKUs and quantities, in the given order; returns the event id. */
  public String orderPlaced(UUID orderId, Map<String, Integer> lines) {
    return orderPlaced(UUID.randomUUID().toString(), orderId, orderLines(lines));
  }

  public String orderPlaced(String eventId, UUID orderId, List<OrderLine> lines) {
    OrderPlaced placed = new OrderPlaced(orderId, CUSTOMER, lines, total(lines), Instant.now());
    return publish(placed.type(), orderId.toString(), eventId, placed.toJson());
  }

  public String orderConfirmed(UUID orderId, Map<String, Integer> lines) {
    List<OrderLine> orderLines = orderLines(lines);
    OrderConfirmed confirmed = new OrderConfirmed(orderId, CUSTOMER, orderLines, total(orderLines), Instant.now());
    return publish(confirmed.type(), orderId.toString(), UUID.randomUUID().toString(), confirmed.toJson());
  }

  public String orderCancelled(UUID orderId, Map<String, Integer> lines) {
    List<OrderLine> orderLines = orderLines(lines);
    OrderCancelled cancelled = new OrderCancelled(orderId, CUSTOMER, CancellationReason.PAYMENT_DECLINED, orderLines,
        total(orderLines), Instant.now());
    return publish(cancelled.type(), orderId.toString(), UUID.randomUUID().toString(), cancelled.toJson());
  }

  /** Publishes a valid event; the payload must match the type's schema. */
  public String publish(String type, String key, String eventId, JsonObject payload) {
    return events.publish(type, key, eventId, payload);
  }

  /** Sends a record with Bazaar headers and any value, valid or not; returns the event id. */
  public String send(String type, String key, String eventId, String value) {
    return events.send(type, key, eventId, value);
  }

  /** Sends a record with no headers at all. */
  public void sendRaw(String topic, String key, String value) {
    events.sendRaw(topic, key, value);
  }

  public static List<OrderLine> orderLines(Map<String, Integer> lines) {
    return lines.entrySet().stream().map(line -> new OrderLine(UUID.randomUUID(), line.getKey(), "Product " + line
        .getKey(), line.getValue(), new Money(250, "EUR"))).toList();
  }

  /** As a static {@code @RegisterExtension} field, it is closed after the test class. */
  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    events.close();
  }

  private static Money total(List<OrderLine> lines) {
    return new Money(lines.stream().mapToLong(l -> l.unitPrice().amount() * l.quantity()).sum(), "EUR");
  }
}
