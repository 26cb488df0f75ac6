package org.bazaar.reviews.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bazaar.events.EventPayload;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.user.UserRegistered;
import org.bazaar.platform.testing.TestEvents;

/**
 * Publishes the events reviews consumes the way another service's relay would: a raw Kafka producer, the
 * CloudEvents {@code ce_*} headers, and payloads checked against their schema before they go out.
 */
public final class EventPublisher implements AutoCloseable {

  private final TestEvents events = new TestEvents();

  /** Publishes product.created for a new product and waits until the service knows it; returns its id. */
  public String knownProduct(ReviewsService reviews) {
    UUID productId = UUID.randomUUID();
    String sku = "SKU-" + productId.toString().substring(0, 8);
    awaitProcessed(reviews, publish(new ProductCreated(productId, sku, "Product " + sku, "", new Money(1000, "EUR"),
        Instant.now())));
    return productId.toString();
  }

  public void discontinue(ReviewsService reviews, String productId) {
    awaitProcessed(reviews, publish(new ProductDiscontinued(UUID.fromString(productId), "SKU-X", Instant.now())));
  }

  /** Publishes user.registered and waits until the service has the name; returns the user id. */
  public String registeredUser(ReviewsService reviews, String name) {
    return register(reviews, UUID.randomUUID().toString(), name);
  }

  public String register(ReviewsService reviews, String userId, String name) {
    awaitProcessed(reviews, publish(new UserRegistered(UUID.fromString(userId), "u" + userId.substring(0, 8)
        + "@example.com", name, Instant.now())));
    return userId;
  }

  /** Publishes order.confirmed for the customer's order of these products and waits until it took effect. */
  public void bought(ReviewsService reviews, String customerId, String... productIds) {
    awaitProcessed(reviews, publish(confirmed(customerId, productIds)));
  }

  public static OrderConfirmed confirmed(String customerId, String... productIds) {
    List<OrderLine> lines = java.util.Arrays.stream(productIds).map(id -> new OrderLine(UUID.fromString(id),
        "SKU-1", "Product", 1, new Money(500, "EUR"))).toList();
    return new OrderConfirmed(UUID.randomUUID(), UUID.fromString(customerId), lines,
        new Money(500L * lines.size(), "EUR"), Instant.now());
  }

  /** Publishes a valid event under a fresh id; returns the event id. */
  public String publish(EventPayload event) {
    return events.publish(event);
  }

  public String publish(EventPayload event, String eventId) {
    return events.publish(event, eventId);
  }

  /** Sends a record with Bazaar headers and any value, valid or not; returns the event id. */
  public String send(String type, String key, String eventId, String value) {
    return events.send(type, key, eventId, value);
  }

  /** Sends a record with no headers at all. */
  public void sendRaw(String topic, String key, String value) {
    events.sendRaw(topic, key, value);
  }

  public static void awaitProcessed(ReviewsService reviews, String eventId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> reviews.processed(eventId));
  }

  @Override
  public void close() {
    events.close();
  }
}
