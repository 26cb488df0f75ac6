package org.bazaar.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.kafka.client.common.KafkaClientOptions;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import io.vertx.kafka.client.producer.KafkaHeader;
import io.vertx.kafka.client.producer.KafkaProducer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.KafkaHeaders;

/**
 * The spans of events on Kafka, which Vert.x does not make for Bazaar's outbox relay and poll loop: a
 * PRODUCER span per published outbox record, child of the span that appended it, and a CONSUMER span per
 * processed record, child of the record's {@code traceparent}. Attribute names follow OpenTelemetry's
 * messaging conventions.
 */
public final class MessagingSpans {

  static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
  static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
  static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");
  static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
  static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
  static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
  static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");

  private final Tracer tracer;

  private MessagingSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  /** The spans of the service whose Vert.x instance this is (none if it was built without telemetry). */
  public static MessagingSpans of(Vertx vertx) {
    return new MessagingSpans(Telemetry.of(vertx).tracer());
  }

  /**
   * A producer for records whose span the caller makes: Vert.x's own Kafka tracing is off for it, or a
   * record sent while a request is traced would get a second span and a second {@code traceparent}.
   */
  public static KafkaProducer<String, Buffer> untracedProducer(Vertx vertx, Map<String, String> config) {
    org.apache.kafka.clients.producer.KafkaProducer<String, Buffer> kafka =
        new org.apache.kafka.clients.producer.KafkaProducer<>(new HashMap<String, Object>(config));
    return KafkaProducer.create(vertx, kafka, new KafkaClientOptions().setTracingPolicy(TracingPolicy.IGNORE));
  }

  /**
   * Starts the PRODUCER span that publishes an outbox record. Its parent is the context stored with the
   * record (its {@code traceparent} header), which the record then carries the span's own instead of.
   */
  public Span publishing(KafkaProducerRecord<String, Buffer> record) {
    String stored = null;
    String eventId = null;
    for (KafkaHeader header : record.headers()) {
      if (KafkaHeaders.TRACEPARENT.equals(header.key())) {
        stored = text(header);
      } else if ("ce_id".equals(header.key())) {
        eventId = text(header);
      }
    }
    record.headers().removeIf(header -> KafkaHeaders.TRACEPARENT.equals(header.key()));
    Span span = tracer.spanBuilder(record.topic() + " publish")
        .setSpanKind(SpanKind.PRODUCER)
        .setParent(Spans.parent(stored))
        .setAttribute(SYSTEM, "kafka")
        .setAttribute(DESTINATION, record.topic())
        .setAttribute(OPERATION, "send")
        .setAttribute(KEY, record.key())
        .setAttribute(MESSAGE_ID, eventId)
        .startSpan();
    String traceparent = Spans.traceparent(span.getSpanContext());
    if (traceparent != null) {
      record.addHeader(KafkaHeader.header(KafkaHeaders.TRACEPARENT, traceparent));
    }
    return span;
  }

  /**
   * Starts the CONSUMER span of processing one record and makes it the active span of the duplicated
   * context the handler runs on, so the queries, outbox appends and HTTP calls of the handler are its
   * children. End it with {@link #end} when the handling is over.
   */
  public Span consuming(ContextInternal duplicated, String group, KafkaConsumerRecord<String, Buffer> record,
      EventEnvelope event) {
    io.opentelemetry.context.Context parent = Spans.parent(event.traceparent());
    Span span = tracer.spanBuilder(record.topic() + " process")
        .setSpanKind(SpanKind.CONSUMER)
        .setParent(parent)
        .setAttribute(SYSTEM, "kafka")
        .setAttribute(DESTINATION, record.topic())
        .setAttribute(OPERATION, "process")
        .setAttribute(GROUP, group)
        .setAttribute(PARTITION, Integer.toString(record.partition()))
        .setAttribute(OFFSET, record.offset())
        .setAttribute(KEY, record.key())
        .setAttribute(MESSAGE_ID, event.id())
        .setAttribute(EVENT_TYPE, event.type())
        .startSpan();
    Spans.activate(duplicated, parent.with(span));
    return span;
  }

  /** Ends a span, marking it failed if the work it covers failed. */
  public static void end(Span span, Throwable failure) {
    if (failure != null) {
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR, failure.getMessage() == null ? failure.toString() : failure.getMessage());
    }
    span.end();
  }

  private static String text(KafkaHeader header) {
    return header.value() == null ? null : header.value().toString(StandardCharsets.UTF_8);
  }
}
