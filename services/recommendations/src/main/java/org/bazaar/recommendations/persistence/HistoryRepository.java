package org.bazaar.recommendations.persistence;

import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.recommendations.Product;
import org.bazaar.recommendations.ProductView;

/** Owns the SQL of browsing histories: the latest view of each product per shopper, the newest few kept. */
public final class HistoryRepository {

  private static final String RECORD = "INSERT INTO views (user_id, product_id, viewed_at) VALUES ($1, $2, $3) "
      + "ON CONFLICT (user_id, product_id) DO UPDATE SET viewed_at = GREATEST(views.viewed_at, EXCLUDED.viewed_at)";
  private static final String PRUNE = "DELETE FROM views WHERE user_id = $1 AND product_id IN ("
      + "SELECT product_id FROM views WHERE user_id = $1 ORDER BY viewed_at DESC, product_id OFFSET $2)";
  private static final String LIST = "SELECT " + ProductRows.COLUMNS + " FROM views v "
      + "JOIN products p ON p.id = v.product_id " + ProductRows.STOCK_JOIN
      + " WHERE v.user_id = $1 AND NOT p.discontinued ORDER BY v.viewed_at DESC, v.product_id LIMIT $2";

  private final Pool pool;
  private final int keep;

  public HistoryRepository(Pool pool, int keep) {
    this.pool = pool;
    this.keep = keep;
  }

  /** Records the view (a product seen again moves to the top), then forgets all but the newest views. */
  public Future<Void> record(SqlConnection tx, ProductView view) {
    return tx.preparedQuery(RECORD)
        .execute(Tuple.of(view.userId(), view.productId(), ProductRepository.utc(view.viewedAt())))
        .compose(v -> tx.preparedQuery(PRUNE).execute(Tuple.of(view.userId(), keep)))
        .mapEmpty();
  }

  /** The products the shopper viewed, most recently viewed first, each once; discontinued ones left out. */
  public Future<List<Product>> viewedBy(UUID userId, int limit) {
    return pool.preparedQuery(LIST).execute(Tuple.of(userId, limit)).map(ProductRows::products);
  }
}
