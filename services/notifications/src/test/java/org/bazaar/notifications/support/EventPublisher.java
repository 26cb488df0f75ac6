package org.bazaar.notifications.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.user.UserRegistered;
import org.bazaar.platform.testing.TestEvents;

/**
 * Publishes the events notifications consumes the way another service's relay would: a raw Kafka producer, the
 * CloudEvents {@code ce_*} headers, and payloads checked against their schema before they go out.
 */
public final class EventPublisher implements AutoCloseable {

  /** Two lines: 2 x 9.90 EUR and 1 x 4.50 EUR, 24.30 EUR in all. */
  public static final List<OrderLine> LINES = List.of(
      new OrderLine(UUID.randomUUID(), "MUG-1", "Blue mug", 2, new Money(990, "EUR")),
      new OrderLine(UUID.randomUUID(), "TEA-7", "Tea", 1, new Money(450, "EUR")));
  public static final Money TOTAL = new Money(2430, "EUR");

  private final TestEvents events = new TestEvents();

  public static String newEventId() {
    return UUID.randomUUID().toString();
  }

  public String userRegistered(String eventId, UUID userId, String email, String name) {
    UserRegistered user = new UserRegistered(userId, email, name, Instant.now());
    return publish(user.type(), user.key(), eventId, user.toJson());
  }

  public String orderConfirmed(String eventId, UUID orderId, UUID customerId) {
    OrderConfirmed order = new OrderConfirmed(orderId, customerId, LINES, TOTAL, Instant.now());
    return publish(order.type(), order.key(), eventId, order.toJson());
  }

  public String orderCancelled(String eventId, UUID orderId, UUID customerId, CancellationReason reason) {
    OrderCancelled order = new OrderCancelled(orderId, customerId, reason, LINES, TOTAL, Instant.now());
    return publish(order.type(), order.key(), eventId, order.toJson());
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

  @Override
  public void close() {
    events.close();
  }
}
