package org.bazaar.orders.persistence;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.Tuple;

/**
 * Owns the SQL of idempotency keys. Claiming inserts with {@code ON CONFLICT DO NOTHING}: a concurrent claim
 * of the same (customer, key) waits on the primary key until the first transaction ends, so duplicates
 * are serialised by Postgres and exactly one of them wins.
 */
public final class IdempotencyRepository {

  private static final String CLAIM = "INSERT INTO idempotency_keys (customer_id, key, request_hash, order_id, "
      + "response_status, response_body) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING";
  private static final String EXPIRE = "DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM "
      + "idempotency_keys WHERE created_at < now() - make_interval(secs => $1) ORDER BY created_at LIMIT $2)";
  private static final String FIND = "SELECT request_hash, order_id, response_status, response_body "
      + "FROM idempotency_keys WHERE customer_id = $1 AND key = $2";

  /** Deletes up to {@code limit} keys stored longer than {@code retention} ago by the database's clock; how many. */
  public Future<Integer> expire(SqlClient client, Duration retention, int limit) {
    return client.preparedQuery(EXPIRE).execute(Tuple.of(retention.toMillis() / 1000.0, limit))
        .map(SqlResult::rowCount);
  }

  /** True if this transaction now owns the key (its answer is stored if and only if it commits). */
  public Future<Boolean> claim(SqlConnection tx, UUID customer, String key, StoredAnswer answer) {
    return tx.preparedQuery(CLAIM).execute(Tuple.of(customer, key, answer.requestHash(), answer.orderId(),
            answer.status(), answer.body()))
        .map(rows -> rows.rowCount() == 1);
  }

  public Future<Optional<StoredAnswer>> find(SqlConnection tx, UUID customer, String key) {
    return tx.preparedQuery(FIND).execute(Tuple.of(customer, key)).map(rows -> {
      if (rows.size() == 0) {
        return Optional.empty();
      }
      Row row = rows.iterator().next();
      return Optional.of(new StoredAnswer(row.getString("request_hash"), row.getUUID("order_id"),
          row.getInteger("response_status"), row.getJsonObject("response_body")));
    });
  }
}
