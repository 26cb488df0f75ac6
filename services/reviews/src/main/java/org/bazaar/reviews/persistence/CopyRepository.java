package org.bazaar.reviews.persistence;

import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * Owns the SQL of this service's copies of foreign facts, built from events: products (and whether they are
 * discontinued), users' names, and who bought what. Every write is idempotent and runs in the caller's
 * (inbox) transaction.
 */
public final class CopyRepository {

  private static final String PRODUCT_CREATED = "INSERT INTO products (product_id) VALUES ($1) "
      + "ON CONFLICT (product_id) DO NOTHING";
  private static final String PRODUCT_DISCONTINUED = "INSERT INTO products (product_id, discontinued) "
      + "VALUES ($1, true) ON CONFLICT (product_id) DO UPDATE SET discontinued = true";
  private static final String USER_REGISTERED = "INSERT INTO users (user_id, name) VALUES ($1, $2) "
      + "ON CONFLICT (user_id) DO UPDATE SET name = EXCLUDED.name";
  private static final String PURCHASED = "INSERT INTO purchases (user_id, product_id) VALUES ($1, $2) "
      + "ON CONFLICT DO NOTHING";

  /** Knows the product from now on; a product already discontinued here stays discontinued. */
  public Future<Void> productCreated(SqlConnection tx, UUID productId) {
    return tx.preparedQuery(PRODUCT_CREATED).execute(Tuple.of(productId)).mapEmpty();
  }

  public Future<Void> productDiscontinued(SqlConnection tx, UUID productId) {
    return tx.preparedQuery(PRODUCT_DISCONTINUED).execute(Tuple.of(productId)).mapEmpty();
  }

  public Future<Void> userRegistered(SqlConnection tx, UUID userId, String name) {
    return tx.preparedQuery(USER_REGISTERED).execute(Tuple.of(userId, name)).mapEmpty();
  }

  /** Records that the user bought each of the products (a product bought before is no new row). */
  public Future<Void> purchased(SqlConnection tx, UUID userId, List<UUID> productIds) {
    if (productIds.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> rows = productIds.stream().map(productId -> Tuple.of(userId, productId)).toList();
    return tx.preparedQuery(PURCHASED).executeBatch(rows).mapEmpty();
  }
}
