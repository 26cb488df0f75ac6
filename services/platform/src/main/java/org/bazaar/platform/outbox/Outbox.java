package org.bazaar.platform.outbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.SchemaVerdict;
import org.bazaar.events.Topics;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.KafkaHeaders;
import org.bazaar.platform.events.TraceContext;
import org.bazaar.platform.tracing.Spans;

/**
 * Records events in the caller's transaction, so they are published if and only if the change that
 * produced them commits. The payload is validated against its schema before it is written.
 */
public final class Outbox {

  static final String CHANNEL = "bazaar_outbox";
  /** Inserts and wakes the relay in one round trip; Postgres delivers the notification only on commit. */
  private static final String INSERT = "WITH appended AS (INSERT INTO outbox (id, topic, aggregate_id, type, payload, "
      + "headers) VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq) SELECT pg_notify('" + CHANNEL + "', '') FROM appended";

  private final String source;
  private final EventSchemas schemas;

  /** @param source the CloudEvents source of this service's events, e.g. {@code /bazaar/orders} */
  public Outbox(String source, EventSchemas schemas) {
    this.source = source;
    this.schemas = schemas;
  }

  /**
   * Appends an event keyed by its aggregate id. Callers serialise changes of one aggregate (a row lock
   * on it) so that the outbox order of one key is its commit order.
   * <p>
   * The event stores the context of the span being handled (the HTTP request or the consumed event), which
   * the relay's publish span continues; outside any span, the given {@code traceparent} if it is valid.
   */
  public Future<EventEnvelope> append(SqlConnection tx, String type, String aggregateId, JsonObject data,
      String traceparent) {
    SchemaVerdict verdict = schemas.validate(type, data);
    if (!verdict.valid()) {
      return Future.failedFuture(new InvalidEventException(type, verdict.errors()));
    }
    EventEnvelope event = EventEnvelope.create(type, source, schemas.dataSchema(type), aggregateId,
        storedTraceContext(traceparent), data);
    JsonArray headers = new JsonArray();
    KafkaHeaders.toHeaders(event).forEach(h -> headers.add(new JsonObject().put("key", h.key())
        .put("value", h.value().toString())));
    Tuple row = Tuple.of(java.util.UUID.fromString(event.id()), Topics.forType(type), aggregateId, type, data,
        headers);
    return tx.preparedQuery(INSERT).execute(row).map(appended -> event);
  }

  private static String storedTraceContext(String traceparent) {
    String current = Spans.currentTraceparent();
    if (current != null) {
      return current;
    }
    return TraceContext.isValid(traceparent) ? traceparent : null;
  }
}
