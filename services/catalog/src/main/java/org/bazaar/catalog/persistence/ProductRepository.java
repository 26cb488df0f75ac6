package org.bazaar.catalog.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.catalog.NewProduct;
import org.bazaar.catalog.Price;
import org.bazaar.catalog.Product;
import org.bazaar.catalog.ProductChanges;
import org.bazaar.catalog.ProductPage;
import org.bazaar.catalog.ProductQuery;
import org.bazaar.catalog.messaging.ProductEvents;
import org.bazaar.events.EventPayload;
import org.bazaar.events.common.StockLevel;
import org.bazaar.platform.db.Transactions;
import org.bazaar.platform.outbox.Outbox;

/**
 * Owns the SQL of the products table. Every change and the event describing it commit in one transaction;
 * changes of one product are serialised by a row lock, so its events leave in commit order.
 */
public final class ProductRepository {

  private static final String COLUMNS = "id, sku, name, description, price_amount, currency, available, "
      + "created_at, updated_at";
  private static final String INSERT = "INSERT INTO products (id, sku, name, description, price_amount, currency, "
      + "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (sku) DO NOTHING RETURNING "
      + COLUMNS;
  private static final String LOCK = "SELECT " + COLUMNS + " FROM products WHERE id = $1 AND discontinued_at IS NULL "
      + "FOR UPDATE";
  private static final String UPDATE = "UPDATE products SET name = $2, description = $3, price_amount = $4, "
      + "currency = $5, updated_at = $6 WHERE id = $1 RETURNING " + COLUMNS;
  private static final String DISCONTINUE = "UPDATE products SET discontinued_at = $2, updated_at = $2 "
      + "WHERE id = $1 RETURNING sku";
  private static final String FIND = "SELECT " + COLUMNS + " FROM products WHERE id = $1 AND discontinued_at IS NULL";
  private static final String LIST = "SELECT " + COLUMNS + " FROM products WHERE discontinued_at IS NULL "
      + "AND ($1::text IS NULL OR name ILIKE $1 OR description ILIKE $1 OR sku ILIKE $1) "
      + "AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid)) "
      + "ORDER BY created_at DESC, id DESC LIMIT $4";
  private static final String APPLY_LEVEL = "UPDATE products SET available = $1, stock_version = $2 "
      + "WHERE sku = $3 AND stock_version < $2";

  private final Pool pool;
  private final Outbox outbox;

  public ProductRepository(Pool pool, Outbox outbox) {
    this.pool = pool;
    this.outbox = outbox;
  }

  /** Adds the product and its product.created event; empty when the SKU is taken. */
  public Future<Optional<Product>> create(NewProduct product, String traceparent) {
    Tuple row = Tuple.of(UUID.randomUUID(), product.sku(), product.name(), product.description(),
        product.price().amount(), product.price().currency(), now());
    return Transactions.run(pool, tx -> tx.preparedQuery(INSERT).execute(row).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(Optional.<Product>empty());
      }
      Product created = product(rows.iterator().next());
      return publish(tx, ProductEvents.created(created), traceparent).map(Optional.of(created));
    }));
  }

  /** Applies the changes to the locked row and appends product.updated; empty when there is no such product. */
  public Future<Optional<Product>> update(UUID id, ProductChanges changes, String traceparent) {
    return Transactions.run(pool, tx -> tx.preparedQuery(LOCK).execute(Tuple.of(id)).compose(locked -> {
      if (locked.size() == 0) {
        return Future.succeededFuture(Optional.<Product>empty());
      }
      Product next = changes.applyTo(product(locked.iterator().next()));
      Tuple row = Tuple.of(id, next.name(), next.description(), next.price().amount(), next.price().currency(),
          now());
      return tx.preparedQuery(UPDATE).execute(row).compose(rows -> {
        Product updated = product(rows.iterator().next());
        return publish(tx, ProductEvents.updated(updated), traceparent).map(Optional.of(updated));
      });
    }));
  }

  /**
   * Marks the product discontinued and appends product.discontinued; false when there is no such product on
   * sale (unknown, or discontinued before).
   */
  public Future<Boolean> discontinue(UUID id, String traceparent) {
    return Transactions.run(pool, tx -> tx.preparedQuery(LOCK).execute(Tuple.of(id)).compose(locked -> {
      if (locked.size() == 0) {
        return Future.succeededFuture(false);
      }
      OffsetDateTime at = now();
      return tx.preparedQuery(DISCONTINUE).execute(Tuple.of(id, at)).compose(rows -> publish(tx,
              ProductEvents.discontinued(id, rows.iterator().next().getString("sku"), at.toInstant()), traceparent))
          .map(true);
    }));
  }

  /** The product if it is on sale; a discontinued product is not found. */
  public Future<Optional<Product>> find(UUID id) {
    return pool.preparedQuery(FIND).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(product(rows.iterator().next())));
  }

  public Future<ProductPage> list(ProductQuery query) {
    Tuple params = Tuple.of(query.likePattern(),
        query.after() == null ? null : OffsetDateTime.ofInstant(query.after().createdAt(), ZoneOffset.UTC),
        query.after() == null ? null : query.after().id(),
        query.limit() + 1);
    return pool.preparedQuery(LIST).execute(params).map(rows -> ProductPage.of(products(rows), query.limit()));
  }

  /** Takes over stock levels in {@code tx}, each only if it is newer than what the catalog already has. */
  public Future<Void> applyStockLevels(SqlConnection tx, List<StockLevel> levels) {
    if (levels.isEmpty()) {
      return Future.succeededFuture();
    }
    // one round trip for all of them, run in list order
    List<Tuple> rows = levels.stream()
        .map(level -> Tuple.of(level.available(), level.version(), level.sku())).toList();
    return tx.preparedQuery(APPLY_LEVEL).executeBatch(rows).mapEmpty();
  }

  private Future<Void> publish(SqlConnection tx, EventPayload event, String traceparent) {
    return outbox.append(tx, event.type(), event.key(), event.toJson(), traceparent).mapEmpty();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  private static List<Product> products(RowSet<Row> rows) {
    List<Product> products = new ArrayList<>(rows.size());
    rows.forEach(row -> products.add(product(row)));
    return products;
  }

  private static Product product(Row row) {
    return new Product(row.getUUID("id"), row.getString("sku"), row.getString("name"), row.getString("description"),
        new Price(row.getLong("price_amount"), row.getString("currency")), row.getInteger("available"),
        row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
  }
}
