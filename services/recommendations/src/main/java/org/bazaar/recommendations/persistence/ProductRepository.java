package org.bazaar.recommendations.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.events.common.StockLevel;
import org.bazaar.recommendations.ProductCopy;

/**
 * Owns the SQL of this service's copy of the catalog: product details from product events, and stock levels
 * per SKU from stock events. Every change runs in the caller's transaction, beside its inbox record.
 */
public final class ProductRepository {

  private static final String UPSERT = "INSERT INTO products (id, sku, name, description, price_amount, currency, "
      + "changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET sku = EXCLUDED.sku, "
      + "name = EXCLUDED.name, description = EXCLUDED.description, price_amount = EXCLUDED.price_amount, "
      + "currency = EXCLUDED.currency, changed_at = EXCLUDED.changed_at "
      + "WHERE products.changed_at <= EXCLUDED.changed_at";
  private static final String DISCONTINUE = "UPDATE products SET discontinued = true WHERE id = $1";
  private static final String APPLY_LEVEL = "INSERT INTO stock_levels (sku, available, stock_version) "
      + "VALUES ($1, $2, $3) ON CONFLICT (sku) DO UPDATE SET available = EXCLUDED.available, "
      + "stock_version = EXCLUDED.stock_version WHERE stock_levels.stock_version < EXCLUDED.stock_version";

  /** Stores the product's details unless the copy already holds a newer state; discontinued stays as it is. */
  public Future<Void> save(SqlConnection tx, ProductCopy copy) {
    return tx.preparedQuery(UPSERT).execute(Tuple.of(copy.id(), copy.sku(), copy.name(), copy.description(),
        copy.price().amount(), copy.price().currency(), utc(copy.changedAt()))).mapEmpty();
  }

  /** Marks the product discontinued; a product this service never heard of is left unknown. */
  public Future<Void> discontinue(SqlConnection tx, UUID productId) {
    return tx.preparedQuery(DISCONTINUE).execute(Tuple.of(productId)).mapEmpty();
  }

  /** Takes over stock levels, in the given order, each only if it is newer than the one already stored. */
  public Future<Void> applyStockLevels(SqlConnection tx, List<StockLevel> levels) {
    if (levels.isEmpty()) {
      return Future.succeededFuture();
    }
    // one round trip for all of them, run in list order
    List<Tuple> rows = levels.stream()
        .map(level -> Tuple.of(level.sku(), Math.max(0, level.available()), level.version())).toList();
    return tx.preparedQuery(APPLY_LEVEL).executeBatch(rows).mapEmpty();
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
