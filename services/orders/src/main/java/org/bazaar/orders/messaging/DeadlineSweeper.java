package org.bazaar.orders.messaging;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.orders.SagaInput;
import org.bazaar.orders.persistence.OrderRepository;
import org.bazaar.platform.db.Transactions;

/**
 * Cancels pending orders whose step ran out of time. Every interval it locks up to {@value #BATCH} overdue
 * orders with {@code FOR UPDATE SKIP LOCKED} and applies {@code DEADLINE_PASSED} to each in one transaction,
 * so several instances never cancel the same order twice and never wait on each other.
 */
public final class DeadlineSweeper {

  static final int BATCH = 100;
  private static final Logger LOG = LogManager.getLogger(DeadlineSweeper.class);

  private final Vertx vertx;
  private final Pool pool;
  private final OrderRepository orders;
  private final SagaDriver driver;
  private final Counter cancelled;
  private long timer = -1;
  private boolean sweeping;

  public DeadlineSweeper(Vertx vertx, Pool pool, OrderRepository orders, SagaDriver driver, MeterRegistry registry) {
    this.vertx = vertx;
    this.pool = pool;
    this.orders = orders;
    this.driver = driver;
    this.cancelled = Counter.builder("bazaar.orders.deadline.cancelled")
        .description("Pending orders cancelled because their step ran out of time").register(registry);
  }

  public void start(Duration interval) {
    timer = vertx.setPeriodic(interval.toMillis(), id -> tick());
  }

  public void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
      timer = -1;
    }
  }

  /** One pass: sweeps batch after batch until fewer than a full batch was overdue; answers how many it cancelled. */
  public Future<Integer> sweep() {
    return Transactions.run(pool, this::sweepBatch).compose(batch -> {
      cancelled.increment(batch.cancelled());
      return batch.locked() < BATCH
          ? Future.succeededFuture(batch.cancelled())
          : sweep().map(more -> batch.cancelled() + more);
    });
  }

  private void tick() {
    if (sweeping) {
      return;
    }
    sweeping = true;
    sweep().onComplete(done -> {
      sweeping = false;
      if (done.failed()) {
        LOG.warn("deadline sweep failed, will retry: {}", done.cause().toString());
      }
    });
  }

  private Future<Batch> sweepBatch(SqlConnection tx) {
    return orders.lockOverdue(tx, driver.now(), BATCH)
        .compose(ids -> cancelEach(tx, ids, 0, 0).map(count -> new Batch(ids.size(), count)));
  }

  private Future<Integer> cancelEach(SqlConnection tx, List<UUID> ids, int index, int count) {
    if (index == ids.size()) {
      return Future.succeededFuture(count);
    }
    return driver.advance(tx, ids.get(index), SagaInput.DEADLINE_PASSED, null)
        .compose(changed -> cancelEach(tx, ids, index + 1, changed ? count + 1 : count));
  }

  private record Batch(int locked, int cancelled) {
  }
}
