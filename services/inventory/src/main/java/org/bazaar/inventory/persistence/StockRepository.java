package org.bazaar.inventory.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.inventory.Stock;

/** Owns the SQL of the {@code stock} and {@code adjustments} tables; changes run in the caller's transaction. */
public final class StockRepository {

  private static final String SELECT = "SELECT sku, on_hand, reserved, version FROM stock ";
  private static final String CREATE = "INSERT INTO stock (sku, on_hand, reserved, version) VALUES ($1, 0, 0, 1) "
      + "ON CONFLICT (sku) DO NOTHING";
  // Rows are locked in the order they are returned, so every transaction locks its SKUs in the same order.
  private static final String LOCK_ALL = SELECT + "WHERE sku = ANY($1) ORDER BY sku COLLATE \"C\" FOR UPDATE";
  private static final String UPDATE = "UPDATE stock SET on_hand = $2, reserved = $3, version = $4, "
      + "updated_at = now() WHERE sku = $1 AND version = $4 - 1";
  private static final String ADJUSTED = "INSERT INTO adjustments (sku, delta, reason, on_hand) VALUES ($1, $2, $3, $4)";

  private final SqlClient reads;

  /** @param reads where reads outside a transaction go (the pool) */
  public StockRepository(SqlClient reads) {
    this.reads = reads;
  }

  /** Creates the stock row of a new SKU with nothing on hand; true if it did not exist before. */
  public Future<Boolean> createIfAbsent(SqlConnection tx, String sku) {
    return tx.preparedQuery(CREATE).execute(Tuple.of(sku)).map(rows -> rows.rowCount() == 1);
  }

  public Future<Optional<Stock>> find(String sku) {
    return reads.preparedQuery(SELECT + "WHERE sku = $1").execute(Tuple.of(sku)).map(StockRepository::first);
  }

  /** Reads one SKU's stock and locks it until {@code tx} ends. */
  public Future<Optional<Stock>> lock(SqlConnection tx, String sku) {
    return tx.preparedQuery(SELECT + "WHERE sku = $1 FOR UPDATE").execute(Tuple.of(sku)).map(StockRepository::first);
  }

  /** Locks the stock of several SKUs in SKU order (so two transactions never deadlock); absent SKUs are missing. */
  public Future<Map<String, Stock>> lockAll(SqlConnection tx, List<String> skus) {
    return tx.preparedQuery(LOCK_ALL).execute(Tuple.tuple().addArrayOfString(skus.toArray(String[]::new)))
        .map(rows -> {
          Map<String, Stock> found = new HashMap<>();
          rows.forEach(row -> found.put(row.getString("sku"), stock(row)));
          return found;
        });
  }

  /** Writes changed levels; each must be exactly one version ahead of the stored row, which the caller locked. */
  public Future<Void> save(SqlConnection tx, List<Stock> changed) {
    if (changed.isEmpty()) {
      return Future.succeededFuture();
    }
    // one round trip for all of them; each row's count comes back in its own result, in list order
    List<Tuple> rows = changed.stream()
        .map(stock -> Tuple.of(stock.sku(), stock.onHand(), stock.reserved(), stock.version())).toList();
    return tx.preparedQuery(UPDATE).executeBatch(rows).compose(results -> {
      RowSet<Row> result = results;
      for (Stock stock : changed) {
        if (result.rowCount() != 1) {
          return Future.failedFuture(new IllegalStateException("stock of " + stock.sku() + " changed under a lock"));
        }
        result = result.next();
      }
      return Future.succeededFuture();
    });
  }

  public Future<Void> recordAdjustment(SqlConnection tx, Stock after, int delta, String reason) {
    return tx.preparedQuery(ADJUSTED).execute(Tuple.of(after.sku(), delta, reason, after.onHand())).mapEmpty();
  }

  private static Optional<Stock> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(stock(rows.iterator().next()));
  }

  private static Stock stock(Row row) {
    return new Stock(row.getString("sku"), row.getInteger("on_hand"), row.getInteger("reserved"),
        row.getLong("version"));
  }
}
