package org.bazaar.devstack.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Delivers an already published event a second time, exactly as it was (same id, headers and value). */
final class Replay {

  private Replay() {
  }

  static void redeliver(String topic, String key, String type) {
    ConsumerRecord<String, String> original = find(topic, key, type);
    ProducerRecord<String, String> copy = new ProducerRecord<>(topic, original.key(), original.value());
    original.headers().forEach(copy.headers()::add);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
        Shop.devstack().bootstrapServers()), new StringSerializer(), new StringSerializer())) {
      producer.send(copy).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not redeliver " + type + " " + key, e);
    }
  }

  private static ConsumerRecord<String, String> find(String topic, String key, String type) {
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        "bootstrap.servers", Shop.devstack().bootstrapServers(), "group.id", "replay-" + UUID.randomUUID(),
        "auto.offset.reset", "earliest", "enable.auto.commit", "false"),
        new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      Instant deadline = Instant.now().plusSeconds(30);
      while (Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          var header = record.headers().lastHeader("ce_type");
          if (key.equals(record.key()) && header != null
              && type.equals(new String(header.value(), StandardCharsets.UTF_8))) {
            return record;
          }
        }
      }
      throw new AssertionError("no " + type + " for " + key + " on " + topic);
    }
  }
}
