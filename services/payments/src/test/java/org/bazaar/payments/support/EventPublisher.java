package org.bazaar.payments.support;

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
import org.bazaar.events.payment.PaymentRequested;
import org.bazaar.platform.testing.TestKafka;

/**
 * Publishes the events payments consumes the way the orders relay would: a raw Kafka producer, the CloudEvents
 * {@code ce_*} headers, payloads checked against their schema. A partition may be forced, so a test can line up
 * records it needs processed in order.
 */
public final class EventPublisher implements AutoCloseable {

  public static final Money PRICE = new Money(1299, "EUR");
  private static final UUID CUSTOMER = UUID.randomUUID();

  private final EventSchemas schemas = EventSchemas.load();
  private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
      "bootstrap.servers", TestKafka.bootstrapServers(), "linger.ms", "0", "acks", "all"),
      new StringSerializer(), new StringSerializer());

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
    assertThat(schemas.validate(type, payload).errors()).as("payload of " + type).isEmpty();
    return send(type, key, eventId, payload.encode(), partition);
  }

  /** Sends a record with Bazaar headers and any value, valid or not; returns the event id. */
  public String send(String type, String key, String eventId, String value, Integer partition) {
    ProducerRecord<String, String> record = new ProducerRecord<>(Topics.forType(type), partition, key, value);
    record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(eventId))
        .add("ce_source", bytes("/test")).add("ce_type", bytes(type))
        .add("ce_time", bytes(Instant.now().toString())).add("content-type", bytes("application/json"));
    try {
      producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
    return eventId;
  }

  @Override
  public void close() {
    producer.close();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
