package org.bazaar.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.kafka.client.producer.KafkaHeader;
import io.vertx.kafka.client.producer.KafkaProducer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.platform.tracing.MessagingSpans;

/**
 * Publishes the outbox to Kafka in commit order. Only the instance holding the database's relay lock
 * drains (see {@link RelayLeadership}); it wakes on {@code NOTIFY} and also polls as a safety net.
 * Rows are locked with {@code FOR UPDATE SKIP LOCKED}, sent with an idempotent {@code acks=all} producer,
 * and deleted in the same transaction once Kafka acknowledged them.
 */
public final class OutboxRelay {

  private static final Logger LOG = LogManager.getLogger(OutboxRelay.class);
  private static final int BATCH = 256;
  private static final String SELECT = "SELECT seq, topic, aggregate_id, payload, headers, "
      + OutboxMetrics.AGE_SELECT + " FROM outbox ORDER BY seq LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED";

  private final Vertx vertx;
  private final Pool pool;
  private final KafkaProducer<String, Buffer> producer;
  private final RelayLeadership leadership;
  private final MessagingSpans spans;
  private final long pollMillis;
  private final OutboxMetrics metrics;
  private boolean draining;
  private boolean again;
  private long pollTimer = -1;

  public OutboxRelay(Vertx vertx, Pool pool, RelayLeadership leadership, Map<String, String> producerConfig,
      MeterRegistry registry, long pollMillis) {
    this.vertx = vertx;
    this.pool = pool;
    this.leadership = leadership;
    this.pollMillis = pollMillis;
    this.producer = MessagingSpans.untracedProducer(vertx, ProducerSettings.idempotent(producerConfig));
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

  /** Drains until the outbox is empty; calls while a drain runs make it go round once more. */
  public void drain() {
    if (draining) {
      again = true;
      return;
    }
    draining = true;
    again = false;
    drainBatch().onComplete(result -> {
      draining = false;
      if (result.failed()) {
        metrics.batchFailed();
        metrics.refresh();
        LOG.warn("outbox relay batch failed, will retry: {}", result.cause().toString());
      } else if ((result.result() == BATCH || again) && leadership.isLeader()) {
        vertx.runOnContext(v -> drain());
      }
    });
  }

  private Future<Integer> drainBatch() {
    return pool.withTransaction(tx -> tx.query(SELECT).execute()
        .compose(rows -> publish(rows).compose(v -> delete(tx, rows)).map(rows.size())))
        .onSuccess(count -> {
          // the backlog gauges are read beside the relay, not before its next batch, and once a poll interval
          // at most: a busy relay drains many times a second
          if (count < BATCH && metrics.readBefore(pollMillis)) {
            metrics.refresh();
          }
        });
  }

  private Future<Void> publish(RowSet<Row> rows) {
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

  private Future<Void> delete(SqlConnection tx, RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Future.succeededFuture();
    }
    Long[] seqs = new Long[rows.size()];
    int i = 0;
    for (Row row : rows) {
      seqs[i++] = row.getLong("seq");
    }
    return tx.preparedQuery("DELETE FROM outbox WHERE seq = ANY($1)").execute(Tuple.of(seqs)).mapEmpty();
  }
}
