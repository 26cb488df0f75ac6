package org.bazaar.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bazaar.events.EventPayload;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.Topics;

/**
 * Publishes events to the test broker the way another service's relay would: CloudEvents {@code ce_*}
 * headers, the aggregate id as key, and payloads checked against their schema first — or, for poison-message
 * tests, any value with or without headers.
 */
public final class TestEvents implements AutoCloseable {

  private final EventSchemas schemas = EventSchemas.load();
  private final KafkaProducer<String, String> producer;

  /** Publishes to the test JVM's broker ({@link TestKafka}). */
  public TestEvents() {
    this(TestKafka.bootstrapServers());
  }

  /** Publishes to another broker, such as a devstack's. */
  public TestEvents(String bootstrapServers) {
    producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "linger.ms", "0", "acks", "all"),
        new StringSerializer(), new StringSerializer());
  }

  /** Publishes a typed payload with a new event id; returns the id. */
  public String publish(EventPayload payload) {
    return publish(payload, UUID.randomUUID().toString());
  }

  public String publish(EventPayload payload, String eventId) {
    return publish(payload.type(), payload.key(), eventId, payload.toJson());
  }

  /** Publishes a valid event; the payload must match the type's schema. Returns the event id. */
  public String publish(String type, String key, String eventId, JsonObject payload) {
    return publish(type, key, eventId, payload, null);
  }

  public String publish(String type, String key, String eventId, JsonObject payload, Integer partition) {
    return send(type, key, eventId, checked(type, payload).encode(), partition);
  }

  /** Sends a record with Bazaar headers and any value, valid or not; returns the event id. */
  public String send(String type, String key, String eventId, String value) {
    return send(type, key, eventId, value, null);
  }

  /** As {@link #send(String, String, String, String)}, on a chosen partition (null: by key). */
  public String send(String type, String key, String eventId, String value, Integer partition) {
    send(record(type, key, eventId, value, partition));
    return eventId;
  }

  /** The record of a typed payload (checked against its schema), for a test to add headers before sending it. */
  public ProducerRecord<String, String> record(EventPayload payload, String eventId) {
    return record(payload.type(), payload.key(), eventId, checked(payload.type(), payload.toJson()).encode(), null);
  }

  /** The record {@link #send(String, String, String, String, Integer)} sends: Bazaar headers and any value. */
  public ProducerRecord<String, String> record(String type, String key, String eventId, String value,
      Integer partition) {
    return recordOn(Topics.forType(type), partition, type, key, eventId, value);
  }

  /** As {@link #record(String, String, String, String, Integer)} on any topic: for types not released or not its. */
  public ProducerRecord<String, String> recordOn(String topic, Integer partition, String type, String key,
      String eventId, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, key, value);
    record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(eventId))
        .add("ce_source", bytes("/test")).add("ce_type", bytes(type))
        .add("ce_time", bytes(Instant.now().toString())).add("content-type", bytes("application/json"));
    return record;
  }

  /** Sends a record with no headers at all. */
  public void sendRaw(String topic, String key, String value) {
    send(new ProducerRecord<>(topic, key, value));
  }

  @Override
  public void close() {
    producer.close();
  }

  /** Sends a record exactly as built (any topic, headers and value), waits until the broker has it; answers where. */
  public RecordMetadata send(ProducerRecord<String, String> record) {
    try {
      return producer.send(record).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject checked(String type, JsonObject payload) {
    assertThat(schemas.validate(type, payload).errors()).as("payload of " + type).isEmpty();
    return payload;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
