package org.bazaar.orders.persistence;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Forgets {@code Idempotency-Key}s older than the retention, in batches of {@value #BATCH}, a few times per
 * retention period (at most every {@link #LONGEST_INTERVAL}). A key is therefore answered from its first request
 * for at least the retention; a repeat after that places a new order. Instances may run it side by side: a row
 * two of them delete at once is deleted once.
 */
public final class IdempotencyKeyExpiry {

  static final int BATCH = 1000;
  static final Duration LONGEST_INTERVAL = Duration.ofMinutes(10);
  private static final Logger LOG = LogManager.getLogger(IdempotencyKeyExpiry.class);

  private final Vertx vertx;
  private final Pool pool;
  private final IdempotencyRepository keys;
  private final Duration retention;
  private final Counter expired;
  private long timer = -1;
  private boolean running;

  public IdempotencyKeyExpiry(Vertx vertx, Pool pool, IdempotencyRepository keys, Duration retention,
      MeterRegistry registry) {
    this.vertx = vertx;
    this.pool = pool;
    this.keys = keys;
    this.retention = retention;
    this.expired = Counter.builder("bazaar.orders.idempotency.keys.expired")
        .description("Idempotency keys forgotten after their retention").register(registry);
  }

  public void start() {
    Duration quarter = retention.dividedBy(4);
    long interval = Math.max(1, (quarter.compareTo(LONGEST_INTERVAL) < 0 ? quarter : LONGEST_INTERVAL).toMillis());
    timer = vertx.setPeriodic(1, interval, id -> tick());
  }

  public void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }

  /** Deletes every expired key, batch after batch; answers how many. */
  public Future<Integer> expire() {
    return keys.expire(pool, retention, BATCH).compose(deleted -> {
      expired.increment(deleted);
      return deleted < BATCH ? Future.succeededFuture(deleted) : expire().map(more -> deleted + more);
    });
  }

  private void tick() {
    if (running) {
      return;
    }
    running = true;
    expire().onComplete(done -> {
      running = false;
      if (done.failed()) {
        LOG.warn("expiring idempotency keys failed, will retry: {}", done.cause().toString());
      }
    });
  }
}
