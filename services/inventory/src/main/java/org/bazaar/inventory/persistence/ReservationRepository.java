package org.bazaar.inventory.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.inventory.Line;
import org.bazaar.inventory.Reservation;
import org.bazaar.inventory.ReservationStatus;

/**
 * Owns the SQL of the {@code reservations} table: one row per order, so a second insert for the same order
 * fails and its transaction (with any stock change) rolls back.
 */
public final class ReservationRepository {

  private static final String SELECT = "SELECT order_id, status, lines FROM reservations WHERE order_id = $1";
  private static final String INSERT = "INSERT INTO reservations (order_id, status, lines) VALUES ($1, $2, $3)";
  private static final String UPDATE = "UPDATE reservations SET status = $2, updated_at = now() WHERE order_id = $1";

  public Future<Optional<Reservation>> find(SqlConnection tx, UUID orderId) {
    return tx.preparedQuery(SELECT).execute(Tuple.of(orderId)).map(ReservationRepository::first);
  }

  /** Reads the order's reservation and locks it until {@code tx} ends. */
  public Future<Optional<Reservation>> lock(SqlConnection tx, UUID orderId) {
    return tx.preparedQuery(SELECT + " FOR UPDATE").execute(Tuple.of(orderId)).map(ReservationRepository::first);
  }

  public Future<Void> insert(SqlConnection tx, UUID orderId, ReservationStatus status, List<Line> lines) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(orderId, status.name(), toJson(lines))).mapEmpty();
  }

  public Future<Void> updateStatus(SqlConnection tx, UUID orderId, ReservationStatus status) {
    return tx.preparedQuery(UPDATE).execute(Tuple.of(orderId, status.name())).mapEmpty();
  }

  private static Optional<Reservation> first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    JsonArray lines = row.getJsonArray("lines");
    return Optional.of(new Reservation(row.getUUID("order_id"), ReservationStatus.valueOf(row.getString("status")),
        IntStream.range(0, lines.size()).mapToObj(lines::getJsonObject)
            .map(line -> new Line(line.getString("sku"), line.getInteger("quantity"))).toList()));
  }

  private static JsonArray toJson(List<Line> lines) {
    JsonArray array = new JsonArray();
    lines.forEach(line -> array.add(new JsonObject().put("sku", line.sku()).put("quantity", line.quantity())));
    return array;
  }
}
