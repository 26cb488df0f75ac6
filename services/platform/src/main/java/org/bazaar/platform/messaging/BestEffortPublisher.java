package org.bazaar.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.kafka.client.producer.KafkaProducer;
import io.vertx.kafka.client.producer.KafkaProducerRecord;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.SchemaVerdict;
import org.bazaar.events.Topics;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.KafkaHeaders;
import org.bazaar.platform.events.TraceContext;
import org.bazaar.platform.outbox.ProducerSettings;

/**
 * Publishes events that may be lost (activity such as product views, never business facts) without a
 * database: {@link #offer} validates the payload and puts it in a bounded in-memory queue and never blocks
 * or fails its caller; a full queue drops the event and counts it. The queue is drained by an idempotent
 * {@code acks=all} producer, a few events in flight at a time (one while Kafka is failing), each retried
 * with backoff before it is dropped. Events still queued when the process stops are lost.
 */
public final class BestEffortPublisher {

  private static final Logger LOG = LogManager.getLogger(BestEffortPublisher.class);
  private static final int MAX_IN_FLIGHT = 64;
  private static final int MAX_ATTEMPTS = 5;
  private static final long FIRST_BACKOFF_MS = 200;
  private static final long MAX_BACKOFF_MS = 5000;
  private static final long CLOSE_TIMEOUT_MS = 2000;

  private record Pending(KafkaProducerRecord<String, Buffer> record, int attempt) {
  }

  private final Vertx vertx;
  private final Context context;
  private final String name;
  private final String source;
  private final EventSchemas schemas = EventSchemas.load();
  private final BlockingQueue<Pending> queue;
  private final KafkaProducer<String, Buffer> producer;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Map<String, Counter> dropped = new HashMap<>();
  private final Counter published;
  private volatile boolean closed;
  /** Until Kafka has taken one event (and again after a failure) only one event is in flight. */
  private boolean failing = true;

  /**
   * @param name      names the metrics: {@code bazaar.<name>.dropped} (tag {@code reason}), {@code .published}, {@code .queued}
   * @param source    the CloudEvents source of the events, e.g. {@code /bazaar/edge}
   * @param kafka     producer settings, at least {@code bootstrap.servers}; made idempotent with {@code acks=all}
   * @param capacity  how many events may wait; more are dropped
   */
  public BestEffortPublisher(Vertx vertx, String name, String source, Map<String, String> kafka, int capacity,
      MeterRegistry registry) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    this.name = name;
    this.source = source;
    this.queue = new ArrayBlockingQueue<>(capacity);
    Map<String, String> config = new HashMap<>(kafka);
    config.putIfAbsent("max.block.ms", "2000");
    config.putIfAbsent("request.timeout.ms", "5000");
    config.putIfAbsent("delivery.timeout.ms", "15000");
    this.producer = KafkaProducer.create(vertx, ProducerSettings.idempotent(config));
    // each send's own future reports its failure; without a handler the context would log it again as unhandled
    producer.exceptionHandler(e -> LOG.debug("{} producer: {}", name, e.toString()));
    for (String reason : new String[] {"queue_full", "invalid", "send_failed", "closed"}) {
      dropped.put(reason, Counter.builder("bazaar." + name + ".dropped").tag("reason", reason)
          .description("Events dropped instead of published").register(registry));
    }
    this.published = Counter.builder("bazaar." + name + ".published").description("Events published")
        .register(registry);
    Gauge.builder("bazaar." + name + ".queued", this, p -> p.queue.size() + p.inFlight.get())
        .description("Events waiting or in flight").register(registry);
  }

  /**
   * Queues one event for its type's topic, keyed by {@code key}; returns at once. False when the event was
   * dropped: its payload does not match the schema, the queue is full, or the publisher is closed.
   */
  public boolean offer(String type, String key, JsonObject data, String traceparent) {
    if (closed) {
      return drop("closed");
    }
    SchemaVerdict verdict = schemas.validate(type, data);
    if (!verdict.valid()) {
      LOG.warn("{} event {} dropped, it does not match its schema: {}", name, type, verdict.errors());
      return drop("invalid");
    }
    EventEnvelope event = EventEnvelope.create(type, source, schemas.dataSchema(type), key,
        TraceContext.childOf(traceparent), data);
    KafkaProducerRecord<String, Buffer> record = KafkaProducerRecord.create(Topics.forType(type), key,
        Buffer.buffer(data.encode()));
    KafkaHeaders.toHeaders(event).forEach(record::addHeader);
    if (!queue.offer(new Pending(record, 1))) {
      return drop("queue_full");
    }
    schedule();
    return true;
  }

  /** Stops taking events, gives those in flight a moment, and closes the producer. */
  public Future<Void> close() {
    closed = true;
    Promise<Void> settled = Promise.promise();
    awaitSettled(settled, System.nanoTime() + CLOSE_TIMEOUT_MS * 1_000_000);
    return settled.future().compose(v -> producer.close(CLOSE_TIMEOUT_MS)).onComplete(done -> {
      int lost = queue.size();
      queue.clear();
      if (lost > 0) {
        dropped.get("closed").increment(lost);
      }
    });
  }

  private void awaitSettled(Promise<Void> settled, long deadline) {
    if ((queue.isEmpty() && inFlight.get() == 0) || System.nanoTime() > deadline) {
      settled.tryComplete();
    } else {
      vertx.setTimer(50, id -> awaitSettled(settled, deadline));
    }
  }

  private boolean drop(String reason) {
    dropped.get(reason).increment();
    return false;
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      context.runOnContext(v -> {
        scheduled.set(false);
        drain();
      });
    }
  }

  /** Sends queued events while there is room in flight: many while Kafka answers, one probe while it fails. */
  private void drain() {
    while (inFlight.get() < (failing ? 1 : MAX_IN_FLIGHT)) {
      Pending next = queue.poll();
      if (next == null) {
        return;
      }
      inFlight.incrementAndGet();
      send(next);
    }
  }

  private void send(Pending pending) {
    producer.send(pending.record()).onComplete(result -> {
      if (result.succeeded()) {
        failing = false;
        published.increment();
        inFlight.decrementAndGet();
        drain();
        return;
      }
      failing = true;
      if (pending.attempt() >= MAX_ATTEMPTS || closed) {
        LOG.warn("{} event dropped after {} attempts: {}", name, pending.attempt(), result.cause().toString());
        dropped.get("send_failed").increment();
        inFlight.decrementAndGet();
        drain();
        return;
      }
      long backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << (pending.attempt() - 1));
      vertx.setTimer(backoff, id -> send(new Pending(pending.record(), pending.attempt() + 1)));
    });
  }
}
