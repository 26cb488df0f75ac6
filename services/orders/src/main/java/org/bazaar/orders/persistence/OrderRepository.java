package org.bazaar.orders.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.orders.Order;
import org.bazaar.orders.OrderCursor;
import org.bazaar.orders.PricedLine;
import org.bazaar.orders.SagaState;

/** Owns the SQL of orders and their lines: insert, lock, move through the saga, read and page. */
public final class OrderRepository {

  private static final String INSERT = "INSERT INTO orders (" + OrderRows.ORDER_COLUMNS + ") "
      + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
  private static final String INSERT_LINE = "INSERT INTO order_lines (" + OrderRows.LINE_COLUMNS + ") "
      + "VALUES ($1, $2, $3, $4, $5, $6, $7)";
  private static final String SELECT = "SELECT " + OrderRows.ORDER_COLUMNS + " FROM orders WHERE id = $1";
  private static final String LINES = "SELECT " + OrderRows.LINE_COLUMNS + " FROM order_lines "
      + "WHERE order_id = ANY($1) ORDER BY order_id, line_no";
  private static final String UPDATE = "UPDATE orders SET status = $2, step = $3, reason = $4, deadline_at = $5, "
      + "updated_at = $6, version = version + 1 WHERE id = $1";
  private static final String EXISTS = "SELECT EXISTS (SELECT 1 FROM orders WHERE id = $1)";
  private static final String OVERDUE = "SELECT id FROM orders WHERE status = 'PENDING' AND deadline_at <= $1 "
      + "ORDER BY deadline_at LIMIT $2 FOR UPDATE SKIP LOCKED";
  private static final String FIRST_PAGE = "SELECT " + OrderRows.ORDER_COLUMNS + " FROM orders "
      + "WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2";
  private static final String NEXT_PAGE = "SELECT " + OrderRows.ORDER_COLUMNS + " FROM orders "
      + "WHERE customer_id = $1 AND (created_at, id) < ($3, $4) ORDER BY created_at DESC, id DESC LIMIT $2";

  public Future<Void> insert(SqlConnection tx, Order order) {
    SagaState state = order.state();
    Tuple row = Tuple.of(order.id(), order.customerId(), state.status().name(), state.step().name(),
        state.reason() == null ? null : state.reason().name(), order.totalAmount(), order.currency(),
        order.paymentToken(), OrderRows.time(state.deadlineAt()), OrderRows.time(order.createdAt()),
        OrderRows.time(order.updatedAt()), order.version(), order.fromCart());
    List<Tuple> lines = new ArrayList<>();
    for (PricedLine line : order.lines()) {
      lines.add(Tuple.of(order.id(), line.lineNo(), line.productId(), line.sku(), line.name(), line.quantity(),
          line.unitAmount()));
    }
    return tx.preparedQuery(INSERT).execute(row)
        .compose(inserted -> tx.preparedQuery(INSERT_LINE).executeBatch(lines))
        .mapEmpty();
  }

  /** Reads an order and locks its row until the transaction ends, so its events commit in order. */
  public Future<Optional<Order>> lockForUpdate(SqlConnection tx, UUID id) {
    return one(tx, SELECT + " FOR UPDATE", id);
  }

  public Future<Optional<Order>> find(SqlClient client, UUID id) {
    return one(client, SELECT, id);
  }

  public Future<Boolean> exists(SqlClient client, UUID id) {
    return client.preparedQuery(EXISTS).execute(Tuple.of(id)).map(rows -> rows.iterator().next().getBoolean(0));
  }

  public Future<Void> update(SqlConnection tx, UUID id, SagaState state, Instant now) {
    return tx.preparedQuery(UPDATE).execute(Tuple.of(id, state.status().name(), state.step().name(),
            state.reason() == null ? null : state.reason().name(), OrderRows.time(state.deadlineAt()),
            OrderRows.time(now)))
        .mapEmpty();
  }

  /** Locks up to {@code limit} pending orders whose deadline has passed, skipping rows others hold. */
  public Future<List<UUID>> lockOverdue(SqlConnection tx, Instant now, int limit) {
    return tx.preparedQuery(OVERDUE).execute(Tuple.of(OrderRows.time(now), limit))
        .map(rows -> {
          List<UUID> ids = new ArrayList<>();
          rows.forEach(row -> ids.add(row.getUUID("id")));
          return ids;
        });
  }

  /** A customer's orders, newest first, after {@code cursor} (null for the first page). */
  public Future<List<Order>> page(SqlClient client, UUID customer, OrderCursor cursor, int limit) {
    Future<RowSet<Row>> rows = cursor == null
        ? client.preparedQuery(FIRST_PAGE).execute(Tuple.of(customer, limit))
        : client.preparedQuery(NEXT_PAGE).execute(Tuple.of(customer, limit, OrderRows.time(cursor.createdAt()),
            cursor.id()));
    return rows.compose(orders -> {
      List<UUID> ids = new ArrayList<>();
      orders.forEach(row -> ids.add(row.getUUID("id")));
      return client.preparedQuery(LINES).execute(Tuple.tuple().addArrayOfUUID(ids.toArray(new UUID[0])))
          .map(lines -> OrderRows.orders(orders, OrderRows.linesByOrder(lines)));
    });
  }

  private static Future<Optional<Order>> one(SqlClient client, String sql, UUID id) {
    return client.preparedQuery(sql).execute(Tuple.of(id)).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture(Optional.empty());
      }
      Row row = rows.iterator().next();
      return client.preparedQuery(LINES).execute(Tuple.tuple().addArrayOfUUID(new UUID[] {id}))
          .map(lines -> Optional.of(OrderRows.order(row, OrderRows.linesByOrder(lines).getOrDefault(id, List.of()))));
    });
  }
}
