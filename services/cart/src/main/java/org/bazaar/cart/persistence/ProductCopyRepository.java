package org.bazaar.cart.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.cart.CartProduct;

/** Owns the SQL of the cart's product copy: the newest known sku, name, price and discontinuation of each product. */
public final class ProductCopyRepository {

  // an older event never overwrites a newer one; equal times let the later delivery win; discontinued stays
  private static final String UPSERT = "INSERT INTO products (product_id, sku, name, price_amount, currency, "
      + "updated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (product_id) DO UPDATE SET sku = EXCLUDED.sku, "
      + "name = EXCLUDED.name, price_amount = EXCLUDED.price_amount, currency = EXCLUDED.currency, "
      + "updated_at = EXCLUDED.updated_at WHERE products.updated_at <= EXCLUDED.updated_at";
  private static final String DISCONTINUE = "INSERT INTO products (product_id, sku, discontinued, updated_at) "
      + "VALUES ($1, $2, true, $3) ON CONFLICT (product_id) DO UPDATE SET discontinued = true, "
      + "updated_at = GREATEST(products.updated_at, EXCLUDED.updated_at)";
  private static final String FIND = "SELECT product_id, sku, name, price_amount, currency, discontinued "
      + "FROM products WHERE product_id = $1";

  /** Stores the product as of {@code changedAt} unless a newer state is known; true if it was stored. */
  public Future<Boolean> upsert(SqlConnection tx, CartProduct product, Instant changedAt) {
    return tx.preparedQuery(UPSERT).execute(Tuple.of(product.productId(), product.sku(), product.name(),
            product.priceAmount(), product.currency(), time(changedAt)))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Marks the product discontinued for good (remembering it even if the cart never heard of it before). */
  public Future<Void> discontinue(SqlConnection tx, UUID productId, String sku, Instant discontinuedAt) {
    return tx.preparedQuery(DISCONTINUE).execute(Tuple.of(productId, sku, time(discontinuedAt))).mapEmpty();
  }

  public Future<Optional<CartProduct>> find(SqlClient client, UUID productId) {
    return client.preparedQuery(FIND).execute(Tuple.of(productId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(product(rows.iterator().next())));
  }

  static CartProduct product(Row row) {
    return new CartProduct(row.getUUID("product_id"), row.getString("sku"), row.getString("name"),
        row.getLong("price_amount"), row.getString("currency"), row.getBoolean("discontinued"));
  }

  private static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
