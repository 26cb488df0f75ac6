package org.bazaar.loadgen.reference;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bazaar.loadgen.generator.Latencies;

/**
 * The limits of the shop's Kafka broker, on a scratch topic deleted afterwards: how many 1 KB records a producer
 * gets acknowledged per second (acks=all), and produce → consume latency at a fixed modest rate.
 */
public final class KafkaReference {

  private static final int RECORD_BYTES = 1024;

  /** Acknowledged records per second, and produce → consume latency percentiles in ms at {@code latencyRate}/s. */
  public record Result(double producePerSecond, double latencyRate, double p50Millis, double p99Millis) {
  }

  private KafkaReference() {
  }

  public static Result run(String bootstrapServers, String topic, Duration duration, int latencyRate) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
      try {
        double rate = produceRate(bootstrapServers, topic, duration);
        Histogram latency = endToEnd(bootstrapServers, topic, duration, latencyRate);
        return new Result(rate, latencyRate, Latencies.millis(latency, 50), Latencies.millis(latency, 99));
      } finally {
        admin.deleteTopics(Set.of(topic)).all().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Kafka reference on " + bootstrapServers + " failed: " + e, e);
    }
  }

  private static double produceRate(String bootstrapServers, String topic, Duration duration) {
    AtomicLong acked = new AtomicLong();
    byte[] value = new byte[RECORD_BYTES];
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(bootstrapServers, 5))) {
      long start = System.nanoTime();
      long end = start + duration.toNanos();
      while (System.nanoTime() < end) {
        producer.send(new ProducerRecord<>(topic, value), (metadata, error) -> {
          if (error == null) {
            acked.incrementAndGet();
          }
        });
      }
      producer.flush();
      return acked.get() / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static Histogram endToEnd(String bootstrapServers, String topic, Duration duration, int rate)
      throws InterruptedException {
    Histogram latency = Latencies.histogram();
    TopicPartition partition = new TopicPartition(topic, 0);
    Properties consumerProperties = new Properties();
    consumerProperties.put("bootstrap.servers", bootstrapServers);
    consumerProperties.put("key.deserializer", ByteArrayDeserializer.class.getName());
    consumerProperties.put("value.deserializer", ByteArrayDeserializer.class.getName());
    consumerProperties.put("fetch.max.wait.ms", "100");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(bootstrapServers, 0))) {
      consumer.assign(List.of(partition));
      consumer.seekToEnd(List.of(partition));
      consumer.position(partition);
      long total = Math.max(1, duration.toSeconds() * rate);
      long interval = 1_000_000_000L / rate;
      long start = System.nanoTime();
      long sent = 0;
      long received = 0;
      long deadline = start + duration.toNanos() + TimeUnit.SECONDS.toNanos(10);
      while (received < total && System.nanoTime() < deadline) {
        long now = System.nanoTime();
        while (sent < total && start + sent * interval <= now) {
          byte[] value = new byte[RECORD_BYTES];
          java.nio.ByteBuffer.wrap(value).putLong(System.nanoTime());
          producer.send(new ProducerRecord<>(topic, value));
          sent++;
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(1))) {
          Latencies.record(latency, System.nanoTime() - java.nio.ByteBuffer.wrap(record.value()).getLong());
          received++;
        }
      }
    }
    return latency;
  }

  private static Properties producerProperties(String bootstrapServers, int lingerMillis) {
    Properties properties = new Properties();
    properties.put("bootstrap.servers", bootstrapServers);
    properties.put("acks", "all");
    properties.put("linger.ms", Integer.toString(lingerMillis));
    properties.put("key.serializer", ByteArraySerializer.class.getName());
    properties.put("value.serializer", ByteArraySerializer.class.getName());
    return properties;
  }
}
