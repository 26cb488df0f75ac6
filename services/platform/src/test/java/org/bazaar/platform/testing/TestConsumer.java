package org.bazaar.platform.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the beginning on a background thread and keeps every record, so tests can await
 * the records they expect with a deadline.
 */
public final class TestConsumer implements AutoCloseable {

  private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  public TestConsumer(String... topics) {
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        "bootstrap.servers", TestKafka.bootstrapServers(),
        "group.id", "test-" + UUID.randomUUID(),
        "auto.offset.reset", "earliest",
        "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer());
    consumer.subscribe(List.of(topics));
    thread = new Thread(() -> {
      try (consumer) {
        while (running) {
          consumer.poll(Duration.ofMillis(100)).forEach(records::add);
        }
      }
    }, "test-consumer");
    thread.setDaemon(true);
    thread.start();
  }

  public List<ConsumerRecord<String, String>> records() {
    return List.copyOf(records);
  }

  public static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    running = false;
  }
}
