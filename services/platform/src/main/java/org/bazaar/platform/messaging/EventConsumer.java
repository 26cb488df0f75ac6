package org.bazaar.platform.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.kafka.client.common.TopicPartition;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import io.vertx.kafka.client.consumer.KafkaConsumerRecords;
import io.vertx.kafka.client.consumer.OffsetAndMetadata;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import io.micrometer.core.instrument.MeterRegistry;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.Topics;
import org.bazaar.platform.config.KafkaConfig;

/**
 * Runs one consumer group: polls, hands each record to {@link RecordProcessor} in partition order (the
 * partitions of a batch side by side, as separate instances would), and commits an offset only once every record
 * before it has taken effect (or was dead-lettered). A batch that cannot finish (Kafka or Postgres gone) is
 * rewound and polled again after a pause.
 * <p>
 * Finished offsets are committed when the consumer falls idle, at most once per commit interval while it is busy,
 * before a rewind and on stop: a commit is a broker write the next poll would wait for. Records finished but not
 * yet committed when the consumer dies or loses its partitions are delivered again, and the inbox makes the second
 * delivery a no-op.
 */
public final class EventConsumer {

  private static final Logger LOG = LogManager.getLogger(EventConsumer.class);

  private final Vertx vertx;
  private final KafkaConfig kafka;
  private final String group;
  private final Map<String, EventHandler> handlers = new HashMap<>();
  private final EventSchemas schemas;
  private final MeterRegistry registry;
  private KafkaConsumer<String, Buffer> consumer;
  private RecordProcessor processor;
  private ConsumerLag lag;
  private final OneCallAtATime calls = new OneCallAtATime();
  private volatile boolean stopped;
  private Future<Void> loop = Future.succeededFuture();
  /** Offsets finished since the last commit; a later batch's offset replaces an earlier one. */
  private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new ConcurrentHashMap<>();
  private long lastCommitNanos = System.nanoTime();

  public EventConsumer(Vertx vertx, KafkaConfig kafka, String group, EventSchemas schemas, MeterRegistry registry) {
    this.vertx = vertx;
    this.kafka = kafka;
    this.group = group;
    this.schemas = schemas;
    this.registry = registry;
  }

  /** Registers the handler of one event type; the consumer subscribes to that type's topic. */
  public EventConsumer on(String type, EventHandler handler) {
    handlers.put(type, handler);
    return this;
  }

  public String group() {
    return group;
  }

  public Future<Void> start() {
    Set<String> topics = new LinkedHashSet<>();
    handlers.keySet().forEach(type -> topics.add(Topics.forType(type)));
    processor = new RecordProcessor(vertx, kafka, group, Map.copyOf(handlers), schemas, registry);
    Map<String, String> settings = ConsumerSettings.manualCommit(kafka.bootstrapServers(), group, kafka.maxPollRecords());
    settings.putAll(ConsumerSettings.liveness(kafka.sessionTimeout()));
    consumer = KafkaConsumer.create(vertx, settings);
    consumer.exceptionHandler(e -> LOG.warn("consumer {} error: {}", group, e.toString()));
    // a revoked partition is now another member's to commit: an offset finished here must not move it back
    consumer.partitionsRevokedHandler(revoked -> revoked.forEach(uncommitted::remove));
    lag = new ConsumerLag(vertx, consumer, calls, group, registry);
    return consumer.subscribe(topics).onSuccess(v -> {
      LOG.info("consumer {} subscribed to {}", group, topics);
      lag.start();
      pollLoop();
    });
  }

  public Future<Void> stop() {
    stopped = true;
    if (processor != null) {
      processor.stop();
    }
    if (lag != null) {
      lag.stop();
    }
    KafkaConsumer<String, Buffer> c = consumer;
    if (c == null) {
      return Future.succeededFuture();
    }
    return loop.transform(ignored -> commitFinished().otherwiseEmpty())
        .transform(ignored -> calls.run(c::close)).eventually(processor::close);
  }

  private void pollLoop() {
    if (stopped) {
      return;
    }
    loop = calls.run(() -> consumer.poll(Duration.ofMillis(500)))
        .compose(this::processBatch)
        .recover(failure -> {
          if (stopped) {
            return Future.<Void>succeededFuture();
          }
          LOG.warn("consumer {} will retry its batch: {}", group, failure.toString());
          return pause(kafka.maxBackoff().toMillis());
        });
    loop.onComplete(done -> vertx.runOnContext(v -> pollLoop()));
  }

  private Future<Void> processBatch(KafkaConsumerRecords<String, Buffer> records) {
    lag.polled(records);
    Map<TopicPartition, OffsetAndMetadata> done = new ConcurrentHashMap<>();
    Map<TopicPartition, Future<Void>> chains = new LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      KafkaConsumerRecord<String, Buffer> record = records.recordAt(i);
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      Future<Void> before = chains.getOrDefault(partition, Future.succeededFuture());
      chains.put(partition, before.compose(v -> stopped ? Future.failedFuture("stopping") : processor.process(record)
          .onSuccess(ok -> done.put(partition, new OffsetAndMetadata(record.offset() + 1, "")))));
    }
    // join, not all: every partition must have stopped before the offsets are committed or rewound
    return Future.join(List.copyOf(chains.values())).transform(result -> {
      uncommitted.putAll(done);
      lag.finished(done);
      if (result.succeeded()) {
        return commitDue(records.isEmpty()) ? commitFinished() : Future.<Void>succeededFuture();
      }
      return commitFinished().compose(v -> rewind(records, done))
          .compose(v -> Future.<Void>failedFuture(result.cause()));
    });
  }

  private boolean commitDue(boolean idle) {
    return !uncommitted.isEmpty()
        && (idle || System.nanoTime() - lastCommitNanos >= kafka.commitInterval().toNanos());
  }

  /** Commits every finished offset; if Kafka refuses, they stay to be committed with the next ones. */
  private Future<Void> commitFinished() {
    if (uncommitted.isEmpty()) {
      return Future.succeededFuture();
    }
    Map<TopicPartition, OffsetAndMetadata> offsets = Map.copyOf(uncommitted);
    offsets.forEach(uncommitted::remove);
    lastCommitNanos = System.nanoTime();
    return calls.run(() -> consumer.commit(offsets))
        .onFailure(e -> offsets.forEach(uncommitted::putIfAbsent))
        .mapEmpty();
  }

  /** Seeks every partition of the batch back to its first unprocessed record. */
  private Future<Void> rewind(KafkaConsumerRecords<String, Buffer> records,
      Map<TopicPartition, OffsetAndMetadata> done) {
    Map<TopicPartition, Long> firstUnprocessed = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      KafkaConsumerRecord<String, Buffer> record = records.recordAt(i);
      TopicPartition tp = new TopicPartition(record.topic(), record.partition());
      OffsetAndMetadata committed = done.get(tp);
      if (committed == null || record.offset() >= committed.getOffset()) {
        firstUnprocessed.merge(tp, record.offset(), Math::min);
      }
    }
    Future<Void> seeks = Future.succeededFuture();
    for (Map.Entry<TopicPartition, Long> entry : firstUnprocessed.entrySet()) {
      seeks = seeks.compose(v -> calls.run(() -> consumer.seek(entry.getKey(), entry.getValue())));
    }
    return seeks;
  }

  private Future<Void> pause(long millis) {
    return Future.future(promise -> vertx.setTimer(millis, id -> promise.complete()));
  }
}
