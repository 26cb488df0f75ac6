package org.bazaar.orders.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.orders.Order;
import org.bazaar.orders.OrderStatus;
import org.bazaar.orders.PricedLine;
import org.bazaar.orders.SagaState;
import org.bazaar.orders.SagaStep;

/** Maps order and line rows to domain records, and instants to and from {@code timestamptz}. */
final class OrderRows {

  static final String ORDER_COLUMNS = "id, customer_id, status, step, reason, total_amount, currency, "
      + "payment_token, deadline_at, created_at, updated_at, version, from_cart";
  static final String LINE_COLUMNS = "order_id, line_no, product_id, sku, name, quantity, unit_amount";

  private OrderRows() {
  }

  static OffsetDateTime time(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(Row row, String column) {
    OffsetDateTime value = row.getOffsetDateTime(column);
    return value == null ? null : value.toInstant();
  }

  static Order order(Row row, List<PricedLine> lines) {
    String reason = row.getString("reason");
    SagaState state = new SagaState(OrderStatus.valueOf(row.getString("status")),
        SagaStep.valueOf(row.getString("step")), reason == null ? null : CancellationReason.valueOf(reason),
        instant(row, "deadline_at"));
    return new Order(row.getUUID("id"), row.getUUID("customer_id"), state, lines, row.getLong("total_amount"),
        row.getString("currency"), row.getString("payment_token"), instant(row, "created_at"),
        instant(row, "updated_at"), row.getInteger("version"), row.getBoolean("from_cart"));
  }

  static PricedLine line(Row row) {
    return new PricedLine(row.getInteger("line_no"), row.getUUID("product_id"), row.getString("sku"),
        row.getString("name"), row.getInteger("quantity"), row.getLong("unit_amount"));
  }

  /** Lines grouped by order id, each group in line order (the query sorts them). */
  static Map<UUID, List<PricedLine>> linesByOrder(RowSet<Row> rows) {
    Map<UUID, List<PricedLine>> lines = new HashMap<>();
    for (Row row : rows) {
      lines.computeIfAbsent(row.getUUID("order_id"), id -> new ArrayList<>()).add(line(row));
    }
    return lines;
  }

  static List<Order> orders(RowSet<Row> rows, Map<UUID, List<PricedLine>> lines) {
    List<Order> orders = new ArrayList<>();
    for (Row row : rows) {
      orders.add(order(row, lines.getOrDefault(row.getUUID("id"), List.of())));
    }
    return orders;
  }
}
