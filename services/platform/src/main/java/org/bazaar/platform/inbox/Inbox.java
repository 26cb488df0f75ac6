package org.bazaar.platform.inbox;

import java.util.function.BiFunction;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.platform.db.Transactions;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.messaging.Duplicates;

/**
 * Remembers which events a consumer has processed, in the same transaction as their effect, so a
 * redelivered event has no second effect.
 */
public final class Inbox {

  private static final String RECORD = "INSERT INTO inbox (consumer, event_id, type) VALUES ($1, $2, $3) "
      + "ON CONFLICT DO NOTHING";

  private final Pool pool;
  private final String consumer;

  public Inbox(Pool pool, String consumer) {
    this.pool = pool;
    this.consumer = consumer;
  }

  /** Records the event in {@code tx}; true if it was new, false if it had already been processed. */
  public Future<Boolean> record(SqlConnection tx, EventEnvelope event) {
    Runnable duplicate = Duplicates.marker();
    return tx.preparedQuery(RECORD).execute(Tuple.of(consumer, event.id(), event.type()))
        .map(rows -> rows.rowCount() == 1)
        .onSuccess(isNew -> reportIfSeen(!isNew, duplicate));
  }

  /** Runs {@code effect} in a transaction that also records the event, unless it was processed before. */
  public Future<Void> once(EventEnvelope event, BiFunction<SqlConnection, EventEnvelope, Future<?>> effect) {
    return Transactions.run(pool, tx -> record(tx, event)
        .compose(isNew -> isNew ? effect.apply(tx, event).mapEmpty() : Future.<Void>succeededFuture()));
  }

  /** Whether the event was already processed (read outside any transaction). */
  public Future<Boolean> seen(EventEnvelope event) {
    Runnable duplicate = Duplicates.marker();
    return pool.preparedQuery("SELECT 1 FROM inbox WHERE consumer = $1 AND event_id = $2")
        .execute(Tuple.of(consumer, event.id()))
        .map(rows -> rows.size() > 0)
        .onSuccess(seen -> reportIfSeen(seen, duplicate));
  }

  /** Lets the consumer count the event as a duplicate (see {@link Duplicates}). */
  private static void reportIfSeen(boolean seen, Runnable duplicate) {
    if (seen) {
      duplicate.run();
    }
  }
}
