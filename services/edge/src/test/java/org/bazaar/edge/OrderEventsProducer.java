package org.bazaar.edge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.platform.testing.TestKafka;

/** Publishes order.confirmed / order.cancelled to the test broker with a raw producer and CloudEvents headers. */
final class OrderEventsProducer implements AutoCloseable {

  private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
      TestKafka.bootstrapServers()), new StringSerializer(), new StringSerializer());

  void confirm(String order, String customer) throws Exception {
    send(order, EventTypes.ORDER_CONFIRMED_V1, new OrderConfirmed(UUID.fromString(order), UUID.fromString(customer),
        lines(), new Money(500, "EUR"), Instant.now()).toJson());
  }

  void cancel(String order, String customer, CancellationReason reason) throws Exception {
    send(order, EventTypes.ORDER_CANCELLED_V1, new OrderCancelled(UUID.fromString(order), UUID.fromString(customer),
        reason, lines(), new Money(500, "EUR"), Instant.now()).toJson());
  }

  private void send(String key, String type, JsonObject data) throws Exception {
    ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ORDER_EVENTS, key, data.encode());
    record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
        .add("ce_source", bytes("/test")).add("ce_type", bytes(type))
        .add("ce_time", bytes(Instant.now().toString())).add("content-type", bytes("application/json"));
    producer.send(record).get();
  }

  private static List<OrderLine> lines() {
    return List.of(new OrderLine(UUID.randomUUID(), "MUG-1", "Mug", 1, new Money(500, "EUR")));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    producer.close();
  }
}
