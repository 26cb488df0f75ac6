package org.bazaar.platform.messaging;

import java.time.Instant;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import io.vertx.kafka.client.producer.KafkaHeader;
import io.vertx.kafka.client.producer.KafkaProducer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;
import org.bazaar.events.Topics;
import org.bazaar.platform.outbox.ProducerSettings;

/** Writes records that cannot be processed to {@code <group>.dlq}, keeping key, value and headers, plus why. */
final class DeadLetters {

  private final String group;
  private final KafkaProducer<String, Buffer> producer;

  DeadLetters(Vertx vertx, String bootstrapServers, String group) {
    this.group = group;
    this.producer = KafkaProducer.create(vertx,
        ProducerSettings.idempotent(Map.of("bootstrap.servers", bootstrapServers)));
  }

  Future<Void> send(KafkaConsumerRecord<String, Buffer> original, String reason, Throwable cause, int attempts) {
    KafkaProducerRecord<String, Buffer> record = KafkaProducerRecord.create(Topics.deadLetter(group),
        original.key(), original.value());
    original.headers().forEach(record::addHeader);
    record.addHeader(KafkaHeader.header("dlq_reason", truncate(reason)));
    record.addHeader(KafkaHeader.header("dlq_exception", cause == null ? "" : cause.getClass().getName()));
    record.addHeader(KafkaHeader.header("dlq_original_topic", original.topic()));
    record.addHeader(KafkaHeader.header("dlq_original_partition", Integer.toString(original.partition())));
    record.addHeader(KafkaHeader.header("dlq_original_offset", Long.toString(original.offset())));
    record.addHeader(KafkaHeader.header("dlq_consumer_group", group));
    record.addHeader(KafkaHeader.header("dlq_attempts", Integer.toString(attempts)));
    record.addHeader(KafkaHeader.header("dlq_failed_at", Instant.now().toString()));
    return producer.send(record).mapEmpty();
  }

  Future<Void> close() {
    return producer.close();
  }

  private static String truncate(String reason) {
    return reason.length() > 2000 ? reason.substring(0, 2000) : reason;
  }
}
