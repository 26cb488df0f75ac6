package org.bazaar.platform.messaging;

import java.util.Map;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.ContextInternal;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.SchemaVerdict;
import org.bazaar.platform.config.KafkaConfig;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.KafkaHeaders;
import org.bazaar.platform.events.MalformedEventException;
import org.bazaar.platform.events.PermanentFailure;
import org.bazaar.platform.logging.TraceLogging;
import org.bazaar.platform.tracing.MessagingSpans;

/**
 * Takes one record to its end: parsed, validated, handled with bounded retries and exponential backoff,
 * or dead-lettered with the reason (failures that say the database is unreachable are retried until it is back). Records of released event types this consumer does not handle are
 * skipped (tolerant reader); records that are not Bazaar events, or of a version no released schema
 * describes, are dead-lettered.
 */
final class RecordProcessor {

  private static final Logger LOG = LogManager.getLogger(RecordProcessor.class);
  private static final Pattern BAZAAR_TYPE = Pattern.compile("^org\\.bazaar\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+$");

  private final Vertx vertx;
  private final KafkaConfig kafka;
  private final Map<String, EventHandler> handlers;
  private final EventSchemas schemas;
  private final DeadLetters deadLetters;
  private final ConsumerMetrics metrics;
  private final String group;
  private final MessagingSpans spans;
  private volatile boolean stopping;

  RecordProcessor(Vertx vertx, KafkaConfig kafka, String group, Map<String, EventHandler> handlers,
      EventSchemas schemas, MeterRegistry registry) {
    this.vertx = vertx;
    this.kafka = kafka;
    this.handlers = handlers;
    this.schemas = schemas;
    this.deadLetters = new DeadLetters(vertx, kafka.bootstrapServers(), group);
    this.metrics = new ConsumerMetrics(registry, group, handlers.keySet());
    this.group = group;
    this.spans = MessagingSpans.of(vertx);
  }

  /** Succeeds when the record took effect, was skipped, or was dead-lettered; fails only if none was possible. */
  Future<Void> process(KafkaConsumerRecord<String, Buffer> record) {
    Handling handling = Handling.of(ConsumerMetrics.OTHER_TYPE);
    EventEnvelope event;
    try {
      event = KafkaHeaders.fromRecord(record);
    } catch (MalformedEventException e) {
      return deadLetter(record, DeadLetterReason.of(e), "malformed event: " + e.getMessage(), e, 0, handling);
    }
    EventHandler handler = handlers.get(event.type());
    if (handler == null) {
      if (!BAZAAR_TYPE.matcher(event.type()).matches()) {
        return deadLetter(record, DeadLetterReason.UNKNOWN_TYPE, "unknown event type " + event.type(), null, 0,
            handling);
      }
      if (!EventTypes.all().contains(event.type())) {
        return deadLetter(record, DeadLetterReason.UNSUPPORTED_VERSION,
            "no released schema for event type " + event.type(), null, 0, handling);
      }
      return Future.succeededFuture();
    }
    SchemaVerdict verdict = schemas.validate(event.type(), event.data());
    if (!verdict.valid()) {
      return deadLetter(record, DeadLetterReason.INVALID,
          "payload does not match " + event.type() + ": " + String.join("; ", verdict.errors()), null, 0,
          handling.as(event.type()));
    }
    return inItsOwnContext(record, event, () -> attempt(record, event, handler, 1, handling.as(event.type())));
  }

  /**
   * Handles the event on a duplicated context in a CONSUMER span, so the span is the parent of the handler's
   * work and its ids and the event's follow every log line of the handling.
   */
  private Future<Void> inItsOwnContext(KafkaConsumerRecord<String, Buffer> record, EventEnvelope event,
      java.util.function.Supplier<Future<Void>> work) {
    ContextInternal context = ((ContextInternal) vertx.getOrCreateContext()).duplicate();
    Promise<Void> done = Promise.promise();
    context.runOnContext(v -> {
      io.opentelemetry.api.trace.Span span = spans.consuming(context, group, record, event);
      TraceLogging.bindEvent(event);
      work.get().onComplete(result -> {
        MessagingSpans.end(span, result.cause());
        done.handle(result);
      });
    });
    return done.future();
  }

  /** Retries still waiting give up: their records stay uncommitted and are delivered again after a restart. */
  void stop() {
    stopping = true;
  }

  Future<Void> close() {
    return deadLetters.close();
  }

  private Future<Void> attempt(KafkaConsumerRecord<String, Buffer> record, EventEnvelope event, EventHandler handler,
      int attempt, Handling handling) {
    ContextInternal context = ContextInternal.current();
    Duplicates.clear(context);
    return invoke(handler, event)
        .onSuccess(v -> metrics.handled(handling, Duplicates.marked(context)))
        .recover(failure -> {
          if (stopping) {
            return Future.failedFuture(failure);
          }
          // a database outage holds the partition until the database is back instead of using up the attempts
          if (failure instanceof PermanentFailure || attempt >= kafka.maxAttempts() && !DatabaseOutage.is(failure)) {
            return deadLetter(record, failure instanceof PermanentFailure ? DeadLetterReason.PERMANENT
                : DeadLetterReason.EXHAUSTED, failure.getMessage() == null ? failure.toString() : failure.getMessage(),
                failure, attempt, handling);
          }
          metrics.retried(event.type());
          long delay = backoff(attempt);
          LOG.info("retrying {} {} in {} ms (attempt {} failed: {})", event.type(), event.id(), delay, attempt,
              failure.toString());
          Promise<Void> later = Promise.promise();
          vertx.setTimer(delay, id -> (stopping ? Future.<Void>failedFuture(failure)
              : attempt(record, event, handler, attempt + 1, handling)).onComplete(later));
          return later.future();
        });
  }

  private static Future<Void> invoke(EventHandler handler, EventEnvelope event) {
    try {
      Future<Void> result = handler.handle(event);
      return result == null ? Future.failedFuture("handler returned no future") : result;
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private long backoff(int attempt) {
    long first = kafka.firstBackoff().toMillis();
    long delay = first << Math.min(attempt - 1, 20);
    return Math.min(delay, kafka.maxBackoff().toMillis());
  }

  private Future<Void> deadLetter(KafkaConsumerRecord<String, Buffer> record, DeadLetterReason why, String reason,
      Throwable cause, int attempts, Handling handling) {
    LOG.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
    return deadLetters.send(record, reason, cause, attempts)
        .onSuccess(v -> metrics.deadLettered(record.topic(), why, handling))
        .onFailure(e -> metrics.failed(handling));
  }
}
