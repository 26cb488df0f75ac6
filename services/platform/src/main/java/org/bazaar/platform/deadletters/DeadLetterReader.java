package org.bazaar.platform.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.bazaar.platform.http.HttpProblem;

/**
 * Reads dead-letter topics with blocking Kafka clients (callers run it on a worker thread): the topics and
 * their sizes, one record by position, or a page of records from a position on. Reads without a consumer
 * group, so it never moves any service's offsets.
 */
final class DeadLetterReader {

  static final String SUFFIX = ".dlq";
  private static final Duration POLL = Duration.ofMillis(200);
  private static final long READ_TIMEOUT_MS = 10_000;

  private final Admin admin;
  private final KafkaConsumer<String, byte[]> consumer;

  DeadLetterReader(Admin admin, KafkaConsumer<String, byte[]> consumer) {
    this.admin = admin;
    this.consumer = consumer;
  }

  List<DeadLetterTopic> topics() throws Exception {
    List<DeadLetterTopic> topics = new ArrayList<>();
    for (String name : new TreeMap<>(admin.listTopics().namesToListings().get(10, TimeUnit.SECONDS)).keySet()) {
      if (name.endsWith(SUFFIX)) {
        long count = bounds(name).values().stream().mapToLong(b -> b[1] - b[0]).sum();
        topics.add(new DeadLetterTopic(name, name.substring(0, name.length() - SUFFIX.length()), count));
      }
    }
    return topics;
  }

  /** Each partition's first and next offset; 404 for a topic that is not a dead-letter topic or does not exist. */
  Map<Integer, long[]> bounds(String topic) {
    if (!topic.endsWith(SUFFIX)) {
      throw HttpProblem.notFound("No dead-letter topic " + topic + ".");
    }
    List<PartitionInfo> infos = consumer.partitionsFor(topic);
    if (infos == null || infos.isEmpty()) {
      throw HttpProblem.notFound("No dead-letter topic " + topic + ".");
    }
    List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    Map<Integer, long[]> bounds = new TreeMap<>();
    partitions.forEach(tp -> bounds.put(tp.partition(), new long[] {begin.get(tp), end.get(tp)}));
    return bounds;
  }

  Optional<ConsumerRecord<String, byte[]>> read(String topic, int partition, long offset) {
    long[] range = bounds(topic).get(partition);
    if (range == null || offset < range[0] || offset >= range[1]) {
      return Optional.empty();
    }
    List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
    scanPartition(topic, partition, offset, range[1], record -> {
      if (record.offset() == offset) {
        found.add(record);
      }
      return false;
    });
    return found.stream().findFirst();
  }

  /**
   * Records from {@code (partition, offset)} on, in partition then offset order, that {@code matches} accepts,
   * at most {@code limit}; the cursor of the next page is null when the topic was read to its end.
   */
  <T> Page<T> page(String topic, Cursor from, int limit, Function<ConsumerRecord<String, byte[]>, T> map,
      Predicate<T> matches) {
    List<T> items = new ArrayList<>();
    Cursor[] next = {null};
    for (Map.Entry<Integer, long[]> entry : bounds(topic).entrySet()) {
      int partition = entry.getKey();
      if (partition < from.partition()) {
        continue;
      }
      long start = Math.max(entry.getValue()[0], partition == from.partition() ? from.offset() : 0);
      scanPartition(topic, partition, start, entry.getValue()[1], record -> {
        T item = map.apply(record);
        if (matches.test(item)) {
          items.add(item);
        }
        if (items.size() >= limit) {
          next[0] = new Cursor(partition, record.offset() + 1);
          return true;
        }
        return false;
      });
      if (next[0] != null) {
        break;
      }
    }
    return new Page<>(items, next[0]);
  }

  record Page<T>(List<T> items, Cursor next) {
  }

  /** Reads {@code [start, end)} of one partition, until {@code stop} says so. */
  private void scanPartition(String topic, int partition, long start, long end,
      Predicate<ConsumerRecord<String, byte[]>> stop) {
    if (start >= end) {
      return;
    }
    TopicPartition tp = new TopicPartition(topic, partition);
    consumer.assign(List.of(tp));
    consumer.seek(tp, start);
    long deadline = System.currentTimeMillis() + READ_TIMEOUT_MS;
    while (consumer.position(tp) < end) {
      if (System.currentTimeMillis() > deadline) {
        throw HttpProblem.unavailable("Kafka did not return " + topic + "-" + partition + " in time.");
      }
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL).records(tp)) {
        if (record.offset() >= end || stop.test(record)) {
          return;
        }
      }
    }
  }
}
