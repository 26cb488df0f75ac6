package org.bazaar.cart.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.cart.StoredLine;

/** Owns the SQL of cart lines: read a customer's lines with their products, set, remove, and take away quantities. */
public final class CartRepository {

  // two-key advisory locks never collide with the outbox relay's one-key lock
  private static final String LOCK_CART = "SELECT pg_advisory_xact_lock(hashtext('cart'), hashtext($1::text))";
  private static final String LINES = "SELECT c.product_id, c.quantity, c.added_at, p.sku, p.name, p.price_amount, "
      + "p.currency, p.discontinued FROM cart_lines c JOIN products p ON p.product_id = c.product_id "
      + "WHERE c.customer_id = $1 ORDER BY c.added_at, c.product_id";
  private static final String SET = "INSERT INTO cart_lines (customer_id, product_id, quantity, added_at) "
      + "VALUES ($1, $2, $3, $4) ON CONFLICT (customer_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity";
  private static final String REMOVE = "DELETE FROM cart_lines WHERE customer_id = $1 AND product_id = ANY($2)";
  private static final String QUANTITIES = "SELECT product_id, quantity FROM cart_lines "
      + "WHERE customer_id = $1 AND product_id = ANY($2)";
  private static final String SET_QUANTITY = "UPDATE cart_lines SET quantity = $3 "
      + "WHERE customer_id = $1 AND product_id = $2";

  /** Serialises changes of one customer's cart until the transaction ends. */
  public Future<Void> lock(SqlConnection tx, UUID customer) {
    return tx.preparedQuery(LOCK_CART).execute(Tuple.of(customer.toString())).mapEmpty();
  }

  /** The customer's lines with the cart's copy of their products, oldest first. */
  public Future<List<StoredLine>> lines(SqlClient client, UUID customer) {
    return client.preparedQuery(LINES).execute(Tuple.of(customer)).map(rows -> {
      List<StoredLine> lines = new ArrayList<>();
      for (Row row : rows) {
        lines.add(new StoredLine(ProductCopyRepository.product(row), row.getInteger("quantity"),
            row.getOffsetDateTime("added_at").toInstant()));
      }
      return lines;
    });
  }

  /** Sets the line's quantity; a new line is stamped {@code now}, an existing one keeps its place. */
  public Future<Void> set(SqlConnection tx, UUID customer, UUID product, int quantity, Instant now) {
    return tx.preparedQuery(SET)
        .execute(Tuple.of(customer, product, quantity, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))).mapEmpty();
  }

  public Future<Void> remove(SqlClient client, UUID customer, Collection<UUID> products) {
    if (products.isEmpty()) {
      return Future.succeededFuture();
    }
    return client.preparedQuery(REMOVE).execute(Tuple.of(customer).addArrayOfUUID(products.toArray(new UUID[0])))
        .mapEmpty();
  }

  /** The quantities in the customer's cart of the given products (absent: not in the cart). */
  public Future<Map<UUID, Integer>> quantities(SqlConnection tx, UUID customer, Collection<UUID> products) {
    Tuple params = Tuple.of(customer).addArrayOfUUID(products.toArray(new UUID[0]));
    return tx.preparedQuery(QUANTITIES).execute(params).map(rows -> {
      Map<UUID, Integer> found = new HashMap<>();
      rows.forEach(row -> found.put(row.getUUID("product_id"), row.getInteger("quantity")));
      return found;
    });
  }

  public Future<Void> setQuantities(SqlConnection tx, UUID customer, Map<UUID, Integer> quantities) {
    if (quantities.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> rows = new ArrayList<>();
    quantities.forEach((product, quantity) -> rows.add(Tuple.of(customer, product, quantity)));
    return tx.preparedQuery(SET_QUANTITY).executeBatch(rows).mapEmpty();
  }
}
