package org.bazaar.reviews.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.user.UserRegistered;
import org.bazaar.platform.testing.TestKafka;

/**
 * Publishes the events reviews consumes the way another service's relay would: a raw Kafka producer, the
 * CloudEvents {@code ce_*} headers, and payloads checked against their schema before they go out.
 */
public final class EventPublisher implements AutoCloseable {

  private final EventSchemas schemas = EventSchemas.load();
  private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
      "bootstrap.servers", TestKafka.bootstrapServers(), "linger.ms", "0", "acks", "all"),
      new StringSerializer(), new StringSerializer());

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
    return publish(event, UUID.randomUUID().toString());
  }

  public String publish(EventPayload event, String eventId) {
    JsonObject payload = event.toJson();
    assertThat(schemas.validate(event.type(), payload).errors()).as("payload of " + event.type()).isEmpty();
    return send(event.type(), event.key(), eventId, payload.encode());
  }

  /** Sends a record with Bazaar headers and any value, valid or not; returns the event id. */
  public String send(String type, String key, String eventId, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(Topics.forType(type), key, value);
    record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(eventId))
        .add("ce_source", bytes("/test")).add("ce_type", bytes(type))
        .add("ce_time", bytes(Instant.now().toString())).add("content-type", bytes("application/json"));
    send(record);
    return eventId;
  }

  /** Sends a record with no headers at all. */
  public void sendRaw(String topic, String key, String value) {
    send(new ProducerRecord<>(topic, key, value));
  }

  public static void awaitProcessed(ReviewsService reviews, String eventId) {
    await().atMost(Duration.ofSeconds(30)).until(() -> reviews.processed(eventId));
  }

  @Override
  public void close() {
    producer.close();
  }

  private void send(ProducerRecord<String, String> record) {
    try {
      producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
