package org.bazaar.loadgen.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bazaar.loadgen.generator.Latencies;

/**
 * Event time → consumed, for order events: a consumer of {@code order.events} (no group, from the end) compares
 * each record's CloudEvents {@code ce_time} (set when the outbox row is written) with the wall clock when it
 * arrives. Used for outbox → Kafka latency when the services do not expose their own histogram.
 */
public final class OrderEventLatency implements AutoCloseable {

  private static final String TOPIC = "order.events";

  private final Histogram latency = Latencies.histogram();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;

  public OrderEventLatency(String bootstrapServers) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", bootstrapServers);
    properties.put("key.deserializer", ByteArrayDeserializer.class.getName());
    properties.put("value.deserializer", ByteArrayDeserializer.class.getName());
    properties.put("fetch.max.wait.ms", "50");
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties);
    List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
        .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    thread = new Thread(() -> consume(consumer), "order-event-latency");
    thread.setDaemon(true);
    thread.start();
  }

  private void consume(KafkaConsumer<byte[], byte[]> consumer) {
    try (consumer) {
      while (running.get()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
          long now = System.currentTimeMillis();
          Header time = record.headers().lastHeader("ce_time");
          if (time != null) {
            long eventMillis = Instant.parse(new String(time.value(), StandardCharsets.UTF_8)).toEpochMilli();
            synchronized (latency) {
              Latencies.record(latency, (now - eventMillis) * 1_000_000);
            }
          }
        }
      }
    }
  }

  /** Percentile (0..100) in ms of what has been consumed so far; the second value is the count. */
  public double[] percentile(double percentile) {
    synchronized (latency) {
      return new double[] {Latencies.millis(latency, percentile), latency.getTotalCount()};
    }
  }

  @Override
  public void close() {
    running.set(false);
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
