package org.bazaar.recommendations.persistence;

import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.recommendations.Product;
import org.bazaar.recommendations.ProductPair;

/** Owns the SQL of the co-purchase counts and the "bought together" query over them. */
public final class CoPurchaseRepository {

  // rows are upserted in key order, so concurrent orders lock shared rows in the same order
  private static final String COUNT = "INSERT INTO co_purchases (product_a, product_b, count) "
      + "SELECT a, b, 1 FROM unnest($1::uuid[], $2::uuid[]) AS pair(a, b) ORDER BY a, b "
      + "ON CONFLICT (product_a, product_b) DO UPDATE SET count = co_purchases.count + 1";
  private static final String RECOMMEND = "SELECT " + ProductRows.COLUMNS + " FROM co_purchases c "
      + "JOIN products p ON p.id = c.product_b " + ProductRows.STOCK_JOIN
      + " WHERE c.product_a = $1 AND p.id <> $1 AND NOT p.discontinued "
      + "ORDER BY c.count DESC, p.name, p.id LIMIT $2";

  private final Pool pool;

  public CoPurchaseRepository(Pool pool) {
    this.pool = pool;
  }

  /** Adds one to the count of every pair, in the caller's transaction. */
  public Future<Void> count(SqlConnection tx, List<ProductPair> pairs) {
    if (pairs.isEmpty()) {
      return Future.succeededFuture();
    }
    UUID[] a = pairs.stream().map(ProductPair::a).toArray(UUID[]::new);
    UUID[] b = pairs.stream().map(ProductPair::b).toArray(UUID[]::new);
    return tx.preparedQuery(COUNT).execute(Tuple.tuple().addArrayOfUUID(a).addArrayOfUUID(b)).mapEmpty();
  }

  /** The products most often bought with the given one, best first; never itself, never discontinued ones. */
  public Future<List<Product>> boughtWith(UUID productId, int limit) {
    return pool.preparedQuery(RECOMMEND).execute(Tuple.of(productId, limit)).map(ProductRows::products);
  }
}
