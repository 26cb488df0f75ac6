package org.bazaar.platform.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

/**
 * One CloudEvents 1.0 event as Bazaar carries it on Kafka in binary mode: the attributes travel as
 * {@code ce_*} headers, the key is the aggregate id ({@code subject}), the value is the JSON payload.
 */
public record EventEnvelope(
    String id,
    String type,
    String source,
    Instant time,
    String dataSchema,
    String subject,
    String traceparent,
    JsonObject data) {

  public static final String SPEC_VERSION = "1.0";

  public EventEnvelope {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(data, "data");
  }

  /** A new event with a fresh id, stamped now. */
  public static EventEnvelope create(String type, String source, String dataSchema, String subject,
      String traceparent, JsonObject data) {
    return new EventEnvelope(UUID.randomUUID().toString(), type, source, Instant.now(), dataSchema, subject,
        traceparent, data);
  }

  /** The trace id part of the W3C {@code traceparent}, or null. */
  public String traceId() {
    return TraceContext.traceId(traceparent);
  }
}
