package org.bazaar.identity.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.bazaar.events.user.UserRegistered;
import org.bazaar.identity.Account;
import org.bazaar.platform.db.Transactions;
import org.bazaar.platform.outbox.Outbox;

/** Owns the SQL of the accounts table; every new account and its user.registered event commit together. */
public final class AccountRepository {

  private static final String COLUMNS = "id, email, name, password_hash, roles, created_at";
  private static final String INSERT = "INSERT INTO accounts (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6) "
      + "ON CONFLICT DO NOTHING";

  private final Pool pool;
  private final Outbox outbox;

  public AccountRepository(Pool pool, Outbox outbox) {
    this.pool = pool;
    this.outbox = outbox;
  }

  /**
   * Inserts the account and appends its user.registered event in one transaction. Succeeds with false,
   * changing nothing, when the e-mail address is already taken (also by a concurrent insert).
   */
  public Future<Boolean> create(Account account, String passwordHash, String traceparent) {
    Tuple row = Tuple.of(account.id(), account.email(), account.name(), passwordHash,
        account.roles().toArray(String[]::new), OffsetDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC));
    UserRegistered event = new UserRegistered(account.id(), account.email(), account.name(), account.createdAt());
    return Transactions.run(pool, tx -> tx.preparedQuery(INSERT).execute(row)
        .compose(inserted -> inserted.rowCount() == 0 ? Future.succeededFuture(false)
            : outbox.append(tx, event.type(), event.key(), event.toJson(), traceparent).map(true)));
  }

  /**
   * Replaces an account's password hash with one of the same password, unless the stored hash changed since it
   * was read; true if it was replaced.
   */
  public Future<Boolean> replacePasswordHash(UUID id, String readHash, String newHash) {
    return pool.preparedQuery("UPDATE accounts SET password_hash = $3 WHERE id = $1 AND password_hash = $2")
        .execute(Tuple.of(id, readHash, newHash))
        .map(rows -> rows.rowCount() == 1);
  }

  /** The account with this (normalized) e-mail address and its password hash. */
  public Future<Optional<StoredAccount>> findByEmail(String email) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM accounts WHERE email = $1").execute(Tuple.of(email))
        .map(rows -> rows.size() == 0 ? Optional.empty()
            : Optional.of(new StoredAccount(account(rows.iterator().next()),
                rows.iterator().next().getString("password_hash"))));
  }

  public Future<Optional<Account>> findById(UUID id) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM accounts WHERE id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(account(rows.iterator().next())));
  }

  private static Account account(Row row) {
    return new Account(row.getUUID("id"), row.getString("email"), row.getString("name"),
        List.of(row.getArrayOfStrings("roles")), row.getOffsetDateTime("created_at").toInstant());
  }
}
