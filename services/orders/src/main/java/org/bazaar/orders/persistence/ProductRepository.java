package org.bazaar.orders.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.orders.ProductPrice;

/**
 * Owns the SQL of the product copy: the newest known sku, name and price of every catalog product, and whether
 * it was discontinued.
 */
public final class ProductRepository {

  // an older event never overwrites a newer one; equal times let the later delivery win; discontinued stays
  private static final String UPSERT = "INSERT INTO products (product_id, sku, name, price_amount, currency, updated_at) "
      + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (product_id) DO UPDATE SET sku = EXCLUDED.sku, "
      + "name = EXCLUDED.name, price_amount = EXCLUDED.price_amount, currency = EXCLUDED.currency, "
      + "updated_at = EXCLUDED.updated_at WHERE products.updated_at <= EXCLUDED.updated_at";
  private static final String DISCONTINUE = "INSERT INTO products (product_id, sku, discontinued, updated_at) "
      + "VALUES ($1, $2, true, $3) ON CONFLICT (product_id) DO UPDATE SET discontinued = true, "
      + "updated_at = GREATEST(products.updated_at, EXCLUDED.updated_at)";
  private static final String FIND = "SELECT product_id, sku, name, price_amount, currency FROM products "
      + "WHERE product_id = ANY($1) AND NOT discontinued";

  /** Stores the product as of {@code changedAt} unless a newer state is already known; true if it was stored. */
  public Future<Boolean> upsert(SqlConnection tx, ProductPrice product, Instant changedAt) {
    return tx.preparedQuery(UPSERT).execute(Tuple.of(product.productId(), product.sku(), product.name(),
            product.amount(), product.currency(), OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC)))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Marks the product discontinued for good, remembering it even if this copy never heard of it before. */
  public Future<Void> discontinue(SqlConnection tx, UUID productId, String sku, Instant discontinuedAt) {
    return tx.preparedQuery(DISCONTINUE)
        .execute(Tuple.of(productId, sku, OffsetDateTime.ofInstant(discontinuedAt, ZoneOffset.UTC))).mapEmpty();
  }

  /** The products among {@code ids} that can be ordered (known and not discontinued), by id. */
  public Future<Map<UUID, ProductPrice>> find(SqlClient client, Collection<UUID> ids) {
    return client.preparedQuery(FIND).execute(Tuple.tuple().addArrayOfUUID(ids.toArray(new UUID[0])))
        .map(rows -> {
          Map<UUID, ProductPrice> found = new HashMap<>();
          for (Row row : rows) {
            ProductPrice product = new ProductPrice(row.getUUID("product_id"), row.getString("sku"),
                row.getString("name"), row.getLong("price_amount"), row.getString("currency"));
            found.put(product.productId(), product);
          }
          return found;
        });
  }
}
