package org.bazaar.platform.deadletters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.platform.http.HttpProblem;

/**
 * The operators' view of dead letters: the dead-letter topics with their sizes, their records, and replay
 * of one record or of every record matching a filter back to its original topic, each at most once (a
 * second replay of the same record is refused). Kafka is used through blocking clients on one worker
 * thread of its own, so requests never block an event loop and replays are decided one at a time.
 * Failures are {@link HttpProblem}s: 404 unknown topic or record, 409 already replayed, 503 Kafka unreachable.
 */
public final class DeadLetterAdmin {

  private static final Logger LOG = LogManager.getLogger(DeadLetterAdmin.class);
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");

  private final String bootstrapServers;
  private final WorkerExecutor worker;
  private Admin admin;
  private KafkaConsumer<String, byte[]> recordConsumer;
  private KafkaConsumer<String, byte[]> replayConsumer;
  private DeadLetterReader reader;
  private ReplayLog replays;
  private Replayer replayer;

  public DeadLetterAdmin(Vertx vertx, String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
    this.worker = vertx.createSharedWorkerExecutor("bazaar-dead-letters-" + UUID.randomUUID(), 1);
  }

  public Future<List<DeadLetterTopic>> topics() {
    return onWorker(() -> reader.topics());
  }

  /** A page of a topic's records matching the filter; {@code cursor} is the previous page's {@code next} or null. */
  public Future<DeadLetterPage> list(String topic, DeadLetterFilter filter, int limit, String cursor) {
    return onWorker(() -> {
      Cursor from = Cursor.decode(cursor);
      replays.refresh();
      DeadLetterReader.Page<DeadLetterRecord> page = reader.page(checked(topic), from, limit, this::withReplay,
          filter::matches);
      return new DeadLetterPage(topic, page.items(), page.next() == null ? null : page.next().encode());
    });
  }

  public Future<DeadLetterRecord> get(String topic, int partition, long offset) {
    return onWorker(() -> {
      replays.refresh();
      return withReplay(find(topic, partition, offset));
    });
  }

  /** Replays one record; 409 when it was replayed before, 422 when it does not say where it came from. */
  public Future<DeadLetterRecord> replay(String topic, int partition, long offset, String by) {
    return onWorker(() -> {
      replays.refresh();
      ConsumerRecord<String, byte[]> record = find(topic, partition, offset);
      DeadLetterRecord deadLetter = withReplay(record);
      if (deadLetter.replay() != null) {
        throw HttpProblem.conflict("This dead letter was replayed at " + deadLetter.replay().replayedAt()
            + " (to " + deadLetter.replay().toTopic() + "-" + deadLetter.replay().toPartition() + "@"
            + deadLetter.replay().toOffset() + ").");
      }
      return deadLetter.replayed(replayOnce(record, deadLetter, by));
    });
  }

  /** Replays every record of the topic that matches the filter and was not replayed yet. */
  public Future<ReplaySummary> replayAll(String topic, DeadLetterFilter filter, String by) {
    return onWorker(() -> {
      replays.refresh();
      DeadLetterFilter matching = new DeadLetterFilter(filter.originalTopic(), filter.type(), filter.reason(), null);
      List<Found> found = reader.page(checked(topic), Cursor.START, Integer.MAX_VALUE,
          record -> new Found(record, withReplay(record)), candidate -> matching.matches(candidate.view())).items();
      List<ReplayMark> replayed = new ArrayList<>();
      List<String> failed = new ArrayList<>();
      int before = 0;
      for (Found candidate : found) {
        DeadLetterRecord deadLetter = candidate.view();
        if (deadLetter.replay() != null) {
          before++;
          continue;
        }
        try {
          replayed.add(replayOnce(candidate.record(), deadLetter, by));
        } catch (Exception e) {
          failed.add(deadLetter.topic() + "-" + deadLetter.partition() + "@" + deadLetter.offset() + ": "
              + e.getMessage());
        }
      }
      return new ReplaySummary(replayed, before, failed);
    });
  }

  private record Found(ConsumerRecord<String, byte[]> record, DeadLetterRecord view) {
  }

  public Future<Void> close() {
    return this.<Void>onWorker(() -> {
      if (replayer != null) {
        replayer.close();
      }
      for (AutoCloseable client : new AutoCloseable[] {recordConsumer, replayConsumer, admin}) {
        if (client != null) {
          client.close();
        }
      }
      return null;
    }, false).eventually(worker::close);
  }

  private ReplayMark replayOnce(ConsumerRecord<String, byte[]> record, DeadLetterRecord deadLetter, String by)
      throws Exception {
    if (deadLetter.originalTopic() == null || !TOPIC.matcher(deadLetter.originalTopic()).matches()) {
      throw HttpProblem.unprocessable("This record does not name the topic it came from (dlq_original_topic).");
    }
    ReplayMark mark = replayer.replay(record, deadLetter.originalTopic(), deadLetter.originalPartition(), by);
    replays.remember(mark);
    LOG.info("replayed dead letter {} to {}-{}@{} for {}", mark.key(), mark.toTopic(), mark.toPartition(),
        mark.toOffset(), by);
    return mark;
  }

  private ConsumerRecord<String, byte[]> find(String topic, int partition, long offset) {
    return reader.read(checked(topic), partition, offset).orElseThrow(() -> HttpProblem.notFound(
        "No record at " + topic + "-" + partition + "@" + offset + "."));
  }

  private DeadLetterRecord withReplay(ConsumerRecord<String, byte[]> record) {
    return DeadLetterRecord.of(record,
        replays.find(ReplayMark.key(record.topic(), record.partition(), record.offset())).orElse(null));
  }

  private static String checked(String topic) {
    if (topic == null || !TOPIC.matcher(topic).matches()) {
      throw HttpProblem.notFound("No dead-letter topic " + topic + ".");
    }
    return topic;
  }

  private <T> Future<T> onWorker(Callable<T> work) {
    return onWorker(work, true);
  }

  private <T> Future<T> onWorker(Callable<T> work, boolean connect) {
    return worker.executeBlocking(() -> {
      if (connect) {
        connect();
      }
      try {
        return work.call();
      } catch (HttpProblem problem) {
        throw problem;
      } catch (Exception e) {
        LOG.warn("dead letters: Kafka failed: {}", e.toString());
        throw HttpProblem.unavailable("Kafka could not be reached; try again shortly.");
      }
    }, true);
  }

  /** The clients are made on first use, so a service starts even while Kafka is away. */
  private void connect() {
    if (admin != null) {
      return;
    }
    Map<String, Object> common = Map.of("bootstrap.servers", bootstrapServers);
    admin = Admin.create(common);
    recordConsumer = consumer();
    replayConsumer = consumer();
    reader = new DeadLetterReader(admin, recordConsumer);
    replays = new ReplayLog(admin, replayConsumer);
    replayer = new Replayer(bootstrapServers);
  }

  private KafkaConsumer<String, byte[]> consumer() {
    Map<String, Object> config = new HashMap<>();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("isolation.level", "read_committed");
    config.put("allow.auto.create.topics", "false");
    config.put("enable.auto.commit", "false");
    config.put("max.poll.records", "500");
    config.put("default.api.timeout.ms", "10000");
    return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
  }
}
