package org.bazaar.platform.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.kafka.client.common.TopicPartition;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import io.vertx.kafka.client.consumer.KafkaConsumerRecords;
import io.vertx.kafka.client.consumer.OffsetAndMetadata;

/**
 * Keeps {@code bazaar_consumer_lag} of one consumer: for each partition assigned to it, the records between the
 * next one it has to finish and the log end (the last stable offset: consumers read committed data only).
 * Refreshed every few seconds from the consumer's own end offsets; where it stands is remembered here from
 * what it polled and finished, because a Kafka 4 client cannot be asked for its committed offsets through
 * Vert.x (the call hangs). A partition it has not polled yet is measured from the consumer's position.
 */
final class ConsumerLag {

  static final long REFRESH_MS = 2000;

  private final Vertx vertx;
  private final KafkaConsumer<?, ?> consumer;
  private final OneCallAtATime calls;
  private final MultiGauge gauge;
  /** The next offset to finish, per partition, as far as this consumer knows. */
  private final Map<TopicPartition, Long> finishedUpTo = new ConcurrentHashMap<>();
  private long timer = -1;
  private boolean refreshing;

  ConsumerLag(Vertx vertx, KafkaConsumer<?, ?> consumer, OneCallAtATime calls, String group, MeterRegistry registry) {
    this.vertx = vertx;
    this.calls = calls;
    this.consumer = consumer;
    this.gauge = MultiGauge.builder("bazaar.consumer.lag").description("Records behind the log end")
        .tag("group", group).register(registry);
  }

  void start() {
    timer = vertx.setPeriodic(REFRESH_MS, id -> refresh());
  }

  void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    gauge.register(List.of(), true);
  }

  /**
   * Notes where a polled batch starts on partitions this consumer has finished nothing on yet: the first record
   * of a partition it polls is its first unfinished one, while its position is already past the batch.
   */
  void polled(KafkaConsumerRecords<?, ?> records) {
    for (int i = 0; i < records.size(); i++) {
      KafkaConsumerRecord<?, ?> record = records.recordAt(i);
      finishedUpTo.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
    }
  }

  /** Records offsets the consumer has just finished (the next offset to process, per partition). */
  void finished(Map<TopicPartition, OffsetAndMetadata> offsets) {
    offsets.forEach((tp, offset) -> finishedUpTo.put(tp, offset.getOffset()));
  }

  private void refresh() {
    if (refreshing) {
      return;
    }
    refreshing = true;
    calls.run(() -> consumer.assignment()
        .compose(assigned -> {
          finishedUpTo.keySet().retainAll(assigned);
          return assigned.isEmpty() ? Future.succeededFuture(List.<MultiGauge.Row<?>>of()) : rows(assigned);
        }))
        .onSuccess(rows -> gauge.register(rows, true))
        // a consumer that cannot reach Kafka keeps its last lag until it can
        .onComplete(done -> refreshing = false);
  }

  private Future<List<MultiGauge.Row<?>>> rows(Set<TopicPartition> assigned) {
    return consumer.endOffsets(new HashSet<>(assigned)).compose(ends -> {
      List<Future<MultiGauge.Row<?>>> rows = new ArrayList<>();
      for (TopicPartition tp : assigned) {
        Long end = ends.get(tp);
        if (end == null) {
          continue;
        }
        Long done = finishedUpTo.get(tp);
        Future<Long> next = done != null ? Future.succeededFuture(done) : consumer.position(tp);
        rows.add(next.map(offset -> MultiGauge.Row.of(Tags.of("topic", tp.getTopic(),
            "partition", Integer.toString(tp.getPartition())), Math.max(0, end - offset))));
      }
      return Future.all(rows).map(all -> all.<MultiGauge.Row<?>>list());
    });
  }
}
