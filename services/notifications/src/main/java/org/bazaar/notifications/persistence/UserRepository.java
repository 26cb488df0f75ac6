package org.bazaar.notifications.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.notifications.Recipient;
import org.bazaar.notifications.RecipientUnknown;

/** The service's copy of identity's users (id, email, name), built from user.registered. */
public final class UserRepository {

  // xmax = 0 only on a freshly inserted row: tells a new user from a repeated registration event
  private static final String SAVE = "INSERT INTO users (user_id, email, name, registered_at) VALUES ($1, $2, $3, $4) "
      + "ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, name = EXCLUDED.name, updated_at = now() "
      + "RETURNING (xmax = 0) AS inserted";
  private static final String FIND = "SELECT user_id, email, name FROM users WHERE user_id = $1";

  /** Inserts or refreshes the user; true if the user was not known before. */
  public Future<Boolean> save(SqlConnection tx, Recipient user, Instant registeredAt) {
    return tx.preparedQuery(SAVE)
        .execute(Tuple.of(user.userId(), user.email(), user.name(), registeredAt.atOffset(ZoneOffset.UTC)))
        .map(rows -> rows.iterator().next().getBoolean("inserted"));
  }

  public Future<Optional<Recipient>> find(SqlConnection tx, UUID userId) {
    return tx.preparedQuery(FIND).execute(Tuple.of(userId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(recipient(rows.iterator().next())));
  }

  /** The user, or a failed future with {@link RecipientUnknown} (retryable) if user.registered has not arrived. */
  public Future<Recipient> require(SqlConnection tx, UUID userId) {
    return find(tx, userId).compose(found -> found.map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new RecipientUnknown(userId))));
  }

  private static Recipient recipient(Row row) {
    return new Recipient(row.getUUID("user_id"), row.getString("email"), row.getString("name"));
  }
}
