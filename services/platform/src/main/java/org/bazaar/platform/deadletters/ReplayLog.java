package org.bazaar.platform.deadletters;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.platform.http.HttpProblem;

/**
 * The replays done so far, read from the compacted topic {@code bazaar.dlq.replays} (one record per
 * replayed dead letter, written right after the replayed copy). Each call to
 * {@link #refresh()} reads what was committed since the last one, so every edge instance sees the replays
 * of the others before it decides.
 */
final class ReplayLog {

  static final String TOPIC = "bazaar.dlq.replays";
  private static final Logger LOG = LogManager.getLogger(ReplayLog.class);
  private static final long READ_TIMEOUT_MS = 10_000;

  private final Admin admin;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, ReplayMark> marks = new HashMap<>();
  private boolean assigned;

  ReplayLog(Admin admin, KafkaConsumer<String, byte[]> consumer) {
    this.admin = admin;
    this.consumer = consumer;
  }

  Optional<ReplayMark> find(String key) {
    return Optional.ofNullable(marks.get(key));
  }

  void remember(ReplayMark mark) {
    marks.put(mark.key(), mark);
  }

  /** Creates the topic on first use, then reads every committed mark not read yet. */
  void refresh() throws Exception {
    if (!assigned) {
      create();
      List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
          .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      assigned = true;
    }
    Set<TopicPartition> partitions = consumer.assignment();
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long deadline = System.currentTimeMillis() + READ_TIMEOUT_MS;
    while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
      if (System.currentTimeMillis() > deadline) {
        throw HttpProblem.unavailable("Kafka did not return " + TOPIC + " in time.");
      }
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        if (record.value() == null) {
          marks.remove(record.key());
        } else {
          read(record);
        }
      }
    }
  }

  private void read(ConsumerRecord<String, byte[]> record) {
    try {
      remember(ReplayMark.fromJson(new JsonObject(Buffer.buffer(record.value()))));
    } catch (RuntimeException e) {
      LOG.warn("ignoring unreadable record {} in {}: {}", record.offset(), TOPIC, e.toString());
    }
  }

  private void create() throws Exception {
    NewTopic topic = new NewTopic(TOPIC, Optional.of(1), Optional.empty())
        .configs(Map.of("cleanup.policy", "compact"));
    try {
      admin.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }
}
