package org.bazaar.notifications.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.user.UserRegistered;
import org.bazaar.platform.testing.TestKafka;

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

  private final EventSchemas schemas = EventSchemas.load();
  private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
      "bootstrap.servers", TestKafka.bootstrapServers(), "linger.ms", "0", "acks", "all"),
      new StringSerializer(), new StringSerializer());

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
    assertThat(schemas.validate(type, payload).errors()).as("payload of " + type).isEmpty();
    return send(type, key, eventId, payload.encode());
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
