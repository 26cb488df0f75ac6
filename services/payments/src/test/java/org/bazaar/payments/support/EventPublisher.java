package org.bazaar.payments.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;


import io.vertx.core.json.JsonObject;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.payment.PaymentRequested;
import org.bazaar.platform.testing.TestEvents;

/**
 * Publishes the events payments consumes the way the orders relay would: a raw Kafka producer, the CloudEvents
 * {@code ce_*} headers, payloads checked against their schema. A partition may be forced, so a test can line up
 * records it needs processed in order.
 */
public final class EventPublisher implements AutoCloseable {

  public static final Money PRICE = new Money(1299, "EUR");
  private static final UUID CUSTOMER = UUID.randomUUID();

  private final TestEvents events = new TestEvents();

  /** Publishes payment.requested for the order with this token; returns the event id. */
  public String paymentRequested(UUID orderId, String token) {
    return paymentRequested(UUID.randomUUID().toString(), orderId, token, null);
  }

  public String paymentRequested(String eventId, UUID orderId, String token, Integer partition) {
    PaymentRequested requested = new PaymentRequested(orderId, CUSTOMER, PRICE, token, Instant.now());
    return publish(requested.type(), orderId.toString(), eventId, requested.toJson(), partition);
  }

  public String orderCancelled(UUID orderId, Integer partition) {
    List<OrderLine> lines = List.of(new OrderLine(UUID.randomUUID(), "MUG-001", "Mug", 1, PRICE));
    OrderCancelled cancelled = new OrderCancelled(orderId, CUSTOMER, CancellationReason.OUT_OF_STOCK, lines, PRICE,
        Instant.now());
    return publish(cancelled.type(), orderId.toString(), UUID.randomUUID().toString(), cancelled.toJson(),
        partition);
  }

  /** Publishes a valid event; the payload must match the type's schema. */
  public String publish(String type, String key, String eventId, JsonObject payload, Integer partition) {
    return events.publish(type, key, eventId, payload, partition);
  }

  /** Sends a record with Bazaar headers and any value, valid or not; returns the event id. */
  public String send(String type, String key, String eventId, String value, Integer partition) {
    return events.send(type, key, eventId, value, partition);
  }

  @Override
  public void close() {
    events.close();
  }
}
