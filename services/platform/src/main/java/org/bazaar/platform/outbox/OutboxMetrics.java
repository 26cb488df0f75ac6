package org.bazaar.platform.outbox;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;

/**
 * The outbox as an operator sees it: rows waiting and the age of the oldest (read from the table by every
 * instance, leader or not), events published and failed batches, and how long an event took from its row's
 * creation to Kafka's acknowledgement. Ages are measured by Postgres' clock, so a skewed host clock cannot
 * distort them.
 */
final class OutboxMetrics {

  /** The age of the row in milliseconds when it was selected, as the relay's SELECT names it. */
  static final String AGE_COLUMN = "age_ms";
  static final String AGE_SELECT = "(EXTRACT(EPOCH FROM clock_timestamp() - created_at) * 1000)::bigint AS "
      + AGE_COLUMN;

  private static final String BACKLOG = "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - "
      + "min(created_at)), 0) FROM outbox";

  private final Pool pool;
  private final Counter published;
  private final Counter failures;
  private final Timer latency;
  // unknown (NaN) until the first read
  private volatile double pending = Double.NaN;
  private volatile double oldestAgeSeconds = Double.NaN;
  private volatile long measuredAtNanos = System.nanoTime();

  OutboxMetrics(MeterRegistry registry, Pool pool) {
    this.pool = pool;
    this.published = Counter.builder("bazaar.outbox.published").description("Events the relay published")
        .register(registry);
    this.failures = Counter.builder("bazaar.outbox.publish.failures").description("Failed relay batches")
        .register(registry);
    this.latency = Timer.builder("bazaar.outbox.publish.latency")
        .description("From an event's outbox row being written to Kafka acknowledging it").register(registry);
    Gauge.builder("bazaar.outbox.pending", this, m -> m.pending)
        .description("Events waiting in the outbox").register(registry);
    Gauge.builder("bazaar.outbox.oldest.age.seconds", this, OutboxMetrics::oldestAge)
        .description("Age of the oldest unpublished event; 0 when the outbox is empty").register(registry);
  }

  /** Reads the backlog again; failures keep the last values (the relay logs its own). */
  Future<Void> refresh() {
    return pool.query(BACKLOG).execute()
        .onSuccess(rows -> {
          Row row = rows.iterator().next();
          pending = row.getLong(0);
          oldestAgeSeconds = row.getNumeric(1).doubleValue();
          measuredAtNanos = System.nanoTime();
        })
        .<Void>mapEmpty()
        .recover(e -> Future.succeededFuture());
  }

  /** Whether the backlog was last read more than {@code millis} ago (or never). */
  boolean readBefore(long millis) {
    return Double.isNaN(pending) || System.nanoTime() - measuredAtNanos >= TimeUnit.MILLISECONDS.toNanos(millis);
  }

  /** A batch of {@code count} events is out: all acknowledged, their rows about to be deleted. */
  void published(int count) {
    published.increment(count);
  }

  /** Kafka acknowledged one event whose row was {@code ageMillis} old when selected at {@code selectedNanos}. */
  void acknowledged(long ageMillis, long selectedNanos) {
    long sinceSelected = System.nanoTime() - selectedNanos;
    latency.record(TimeUnit.MILLISECONDS.toNanos(Math.max(0, ageMillis)) + sinceSelected, TimeUnit.NANOSECONDS);
  }

  void batchFailed() {
    failures.increment();
  }

  /** Grows between two reads, as the oldest row keeps waiting. */
  private double oldestAge() {
    if (!(pending > 0)) {
      return pending;
    }
    return oldestAgeSeconds + (System.nanoTime() - measuredAtNanos) / 1e9;
  }
}
