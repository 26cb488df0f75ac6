package org.bazaar.orders.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.orders.TimelineEvent;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.TraceContext;

/**
 * Owns the SQL of the order timeline: every event orders published or consumed for an order, recorded in the
 * caller's transaction, read back in the order orders recorded them.
 */
public final class TimelineRepository {

  private static final String COLUMNS = "order_id, event_id, type, source, time, traceparent";
  private static final String RECORD = "INSERT INTO order_timeline (" + COLUMNS + ") "
      + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING";
  private static final String RECORD_IF_KNOWN = "INSERT INTO order_timeline (" + COLUMNS + ") "
      + "SELECT $1::uuid, $2::text, $3::text, $4::text, $5::timestamptz, $6::text "
      + "WHERE EXISTS (SELECT 1 FROM orders WHERE id = $1) "
      + "ON CONFLICT (event_id) DO NOTHING";
  private static final String EVENTS = "SELECT event_id, type, source, time, traceparent FROM order_timeline "
      + "WHERE order_id = $1 ORDER BY seq";
  private static final String LAST_TRACE = "SELECT traceparent FROM order_timeline "
      + "WHERE order_id = $1 AND traceparent IS NOT NULL ORDER BY seq DESC LIMIT 1";

  public Future<Void> record(SqlConnection tx, UUID orderId, EventEnvelope event) {
    return tx.preparedQuery(RECORD).execute(row(orderId, event)).mapEmpty();
  }

  /** Records the event only if the order exists; true if it does. */
  public Future<Boolean> recordIfOrderKnown(SqlConnection tx, UUID orderId, EventEnvelope event) {
    return tx.preparedQuery(RECORD_IF_KNOWN).execute(row(orderId, event)).map(rows -> rows.rowCount() == 1);
  }

  /** The order's events, in the order they were recorded. */
  public Future<List<TimelineEvent>> events(SqlClient client, UUID orderId) {
    return client.preparedQuery(EVENTS).execute(Tuple.of(orderId)).map(rows -> {
      List<TimelineEvent> events = new ArrayList<>();
      for (Row row : rows) {
        events.add(new TimelineEvent(row.getString("event_id"), row.getString("type"), OrderRows.instant(row, "time"),
            row.getString("source"), TraceContext.traceId(row.getString("traceparent"))));
      }
      return events;
    });
  }

  /** The traceparent of the order's latest traced event, to continue its trace from a timer. */
  public Future<Optional<String>> lastTraceparent(SqlConnection tx, UUID orderId) {
    return tx.preparedQuery(LAST_TRACE).execute(Tuple.of(orderId))
        .map(rows -> rows.size() == 0 ? Optional.<String>empty()
            : Optional.ofNullable(rows.iterator().next().getString(0)));
  }

  private static Tuple row(UUID orderId, EventEnvelope event) {
    return Tuple.of(orderId, event.id(), event.type(), event.source(), OrderRows.time(event.time()),
        event.traceparent());
  }
}
