package org.bazaar.platform.outbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.kafka.client.producer.KafkaHeader;
import io.vertx.kafka.client.producer.KafkaProducer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.platform.db.Transactions;
import org.bazaar.platform.tracing.MessagingSpans;

/**
 * Publishes the outbox to Kafka in commit order. Only the instance holding the database's relay lock
 * drains (see {@link RelayLeadership}); it wakes on {@code NOTIFY} and also polls as a safety net.
 * A batch's rows are deleted with {@code FOR UPDATE SKIP LOCKED} and returned by that one statement, sent with an
 * idempotent {@code acks=all} producer, and the deletion commits only once Kafka acknowledged them all; if
 * anything fails it rolls back and the rows stay. The next batch is claimed while the previous one commits: the
 * uncommitted deletion keeps its rows locked, so they are skipped, and sends still go out one batch after the other.
 */
public final class OutboxRelay {

  private static final Logger LOG = LogManager.getLogger(OutboxRelay.class);
  private static final int BATCH = 256;
  private static final String CLAIM = "DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox ORDER BY seq LIMIT "
      + BATCH + " FOR UPDATE SKIP LOCKED) RETURNING seq, topic, aggregate_id, payload, headers, "
      + OutboxMetrics.AGE_SELECT;

  private final Vertx vertx;
  private final Pool pool;
  private final KafkaProducer<String, Buffer> producer;
  private final RelayLeadership leadership;
  private final MessagingSpans spans;
  private final long pollMillis;
  private final OutboxMetrics metrics;
  /** A batch is being claimed and sent; its commit may still be running when the next one is claimed. */
  private boolean claiming;
  private boolean again;
  private long pollTimer = -1;

  public OutboxRelay(Vertx vertx, Pool pool, RelayLeadership leadership, Map<String, String> producerConfig,
      MeterRegistry registry, long pollMillis) {
    this.vertx = vertx;
    this.pool = pool;
    this.leadership = leadership;
    this.pollMillis = pollMillis;
    this.producer = MessagingSpans.untracedProducer(vertx, ProducerSettings.idempotent(producerConfig));
    // a failed send fails its batch, which is logged once with its cause
    producer.exceptionHandler(e -> LOG.debug("outbox producer: {}", e.toString()));
    this.spans = MessagingSpans.of(vertx);
    this.metrics = new OutboxMetrics(registry, pool);
  }

  public Future<Void> start() {
    leadership.onNotification(this::drain);
    leadership.onLeadershipGained(this::drain);
    pollTimer = vertx.setPeriodic(pollMillis, id -> {
      if (leadership.isLeader()) {
        drain();
      } else {
        metrics.refresh();
      }
    });
    return leadership.start();
  }

  public Future<Void> stop() {
    if (pollTimer >= 0) {
      vertx.cancelTimer(pollTimer);
    }
    return leadership.stop().eventually(producer::close);
  }

  /** Drains until the outbox is empty; calls while a batch is being sent make it go round once more. */
  public void drain() {
    if (claiming) {
      again = true;
      return;
    }
    claiming = true;
    again = false;
    Promise<Integer> sent = Promise.promise();
    Transactions.run(pool, tx -> claimAndPublish(tx).onComplete(sent))
        .onComplete(committed -> {
          if (committed.failed()) {
            sent.tryFail(committed.cause());
            metrics.batchFailed();
            metrics.refresh();
            LOG.warn("outbox relay batch failed, will retry: {}", committed.cause().toString());
          } else if (committed.result() < BATCH && metrics.readBefore(pollMillis)) {
            // the backlog gauges are read beside the relay, not before its next batch, and once a poll interval
            // at most: a busy relay drains many times a second
            metrics.refresh();
          }
        });
    sent.future().onComplete(result -> {
      claiming = false;
      if (result.succeeded() && (result.result() == BATCH || again) && leadership.isLeader()) {
        vertx.runOnContext(v -> drain());
      }
    });
  }

  private Future<Integer> claimAndPublish(SqlConnection tx) {
    return tx.query(CLAIM).execute().compose(claimed -> {
      List<Row> rows = new ArrayList<>(claimed.size());
      claimed.forEach(rows::add);
      rows.sort(Comparator.comparingLong(row -> row.getLong("seq")));
      return publish(rows).map(rows.size());
    });
  }

  private Future<Void> publish(List<Row> rows) {
    long selected = System.nanoTime();
    List<Future<?>> sends = new ArrayList<>();
    for (Row row : rows) {
      KafkaProducerRecord<String, Buffer> record = KafkaProducerRecord.create(row.getString("topic"),
          row.getString("aggregate_id"), Buffer.buffer(((JsonObject) row.getValue("payload")).encode()));
      for (Object header : row.getJsonArray("headers")) {
        JsonObject h = (JsonObject) header;
        record.addHeader(KafkaHeader.header(h.getString("key"), h.getString("value")));
      }
      io.opentelemetry.api.trace.Span span = spans.publishing(record);
      long age = row.getLong(OutboxMetrics.AGE_COLUMN);
      sends.add(producer.send(record).onComplete(sent -> MessagingSpans.end(span, sent.cause()))
          .onSuccess(sent -> metrics.acknowledged(age, selected)));
    }
    return Future.all(sends).onSuccess(done -> metrics.published(rows.size())).mapEmpty();
  }
}
