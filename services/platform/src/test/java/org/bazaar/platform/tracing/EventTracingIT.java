package org.bazaar.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.KafkaConfig;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.db.Migrations;
import org.bazaar.platform.logging.TraceLogging;
import org.bazaar.platform.messaging.EventConsumer;
import org.bazaar.platform.metrics.Observability;
import org.bazaar.platform.outbox.Outbox;
import org.bazaar.platform.outbox.OutboxRelay;
import org.bazaar.platform.outbox.RelayLeadership;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestDatabases;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One trace from an HTTP request through the outbox, the relay, Kafka and a consumer, with real spans. */
@ExtendWith(VertxExtension.class)
class EventTracingIT {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String CALLER_SPAN = "00f067aa0ba902b7";
  private static final String INCOMING = "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01";

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private Vertx traced;
  private Pool pool;
  private Outbox outbox;
  private OutboxRelay relay;

  @BeforeEach
  void start() {
    Telemetry telemetry = Telemetry.exportingTo("tracing-it", TelemetrySettings.from(Env.isolated(Map.of())), spans);
    traced = Observability.vertx(Observability.registry("tracing-it"), telemetry);
    PgConfig db = TestDatabases.fresh("tracing");
    Migrations.migrate(traced, db, "none").await();
    pool = Databases.pool(traced, db, "tracing-test");
    outbox = new Outbox("/bazaar/test", EventSchemas.load());
    relay = new OutboxRelay(traced, pool, new RelayLeadership(traced, Databases.connectOptions(db), 200),
        Map.of("bootstrap.servers", TestKafka.bootstrapServers()), Observability.registry("tracing-it"), 200);
    relay.start().await();
  }

  @AfterEach
  void stop() {
    relay.stop().await();
    pool.close().await();
    traced.close().await();
  }

  @Test
  void anEventAppendedInARequest_isPublishedInAProducerSpan_childOfTheRequestSpan(Vertx client) {
    String user = UUID.randomUUID().toString();
    HttpServer server = traced.createHttpServer().requestHandler(request -> pool
        .withTransaction(tx -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, user, user(user), null))
        .onComplete(appended -> request.response().end(String.valueOf(Spans.currentTraceparent()))))
        .listen(0, "127.0.0.1").await();

    try (TestConsumer consumer = new TestConsumer(Topics.USER_EVENTS)) {
      HttpClient http = client.createHttpClient();
      String requestSpan = http.request(HttpMethod.POST, server.actualPort(), "127.0.0.1", "/users")
          .compose(req -> req.putHeader("traceparent", INCOMING).send())
          .compose(response -> response.body()).await().toString();

      ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(20))
          .until(() -> consumer.records().stream().filter(r -> user.equals(r.key())).findFirst(), Optional::isPresent)
          .orElseThrow();
      assertThat(record.headers().headers("traceparent")).hasSize(1);
      String published = TestConsumer.header(record, "traceparent");

      SpanData serverSpan = await().atMost(Duration.ofSeconds(10)).until(() -> span(SpanKind.SERVER), Optional::isPresent)
          .orElseThrow();
      SpanData producer = await().atMost(Duration.ofSeconds(10))
          .until(() -> span(SpanKind.PRODUCER), Optional::isPresent).orElseThrow();
      assertThat(serverSpan.getTraceId()).isEqualTo(TRACE_ID);
      assertThat(serverSpan.getParentSpanId()).isEqualTo(CALLER_SPAN);
      assertThat(requestSpan).isEqualTo("00-" + TRACE_ID + "-" + serverSpan.getSpanId() + "-01");
      assertThat(producer.getName()).isEqualTo(Topics.USER_EVENTS + " publish");
      assertThat(producer.getTraceId()).isEqualTo(TRACE_ID);
      assertThat(producer.getParentSpanId()).isEqualTo(serverSpan.getSpanId());
      assertThat(producer.getAttributes().asMap()).containsValue(Topics.USER_EVENTS);
      assertThat(published).isEqualTo("00-" + TRACE_ID + "-" + producer.getSpanId() + "-01");
    } finally {
      server.close().await();
    }
  }

  @Test
  void aConsumedEvent_isHandledInAConsumerSpan_activeUntilTheHandlersFutureCompletes() throws Exception {
    String group = "tracing-it-" + UUID.randomUUID().toString().substring(0, 8);
    TestKafka.createTopics(List.of(Topics.deadLetter(group)));
    KafkaConfig kafka = KafkaConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_BOOTSTRAP_SERVERS",
        TestKafka.bootstrapServers())));
    List<String> seenInHandler = new CopyOnWriteArrayList<>();
    List<Map<String, String>> logFields = new CopyOnWriteArrayList<>();
    List<Instant> handlerDone = new CopyOnWriteArrayList<>();
    EventConsumer consumer = new EventConsumer(traced, kafka, group, EventSchemas.load(),
        Observability.registry("tracing-it"))
        .on(EventTypes.USER_REGISTERED_V1, event -> {
          seenInHandler.add(Spans.currentTraceparent());
          logFields.add(TraceLogging.contextData());
          Promise<Void> later = Promise.promise();
          // asynchronous work: a query, then a timer; the span must still be the active one after both
          pool.query("SELECT 1").execute().onComplete(rows -> traced.setTimer(100, id -> {
            seenInHandler.add(Spans.currentTraceparent());
            handlerDone.add(Instant.now());
            later.complete();
          }));
          return later.future();
        });
    consumer.start().await();
    String user = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    try (TestEvents events = new TestEvents()) {
      ProducerRecord<String, String> record = events.record(EventTypes.USER_REGISTERED_V1, user, eventId,
          user(user).encode(), null);
      record.headers().add("traceparent", bytes(INCOMING));
      events.send(record);
    }

    SpanData span = await().atMost(Duration.ofSeconds(90))
        .until(() -> span(SpanKind.CONSUMER), Optional::isPresent).orElseThrow();
    consumer.stop().await();

    assertThat(span.getName()).isEqualTo(Topics.USER_EVENTS + " process");
    assertThat(span.getTraceId()).isEqualTo(TRACE_ID);
    assertThat(span.getParentSpanId()).isEqualTo(CALLER_SPAN);
    String consumerSpan = "00-" + TRACE_ID + "-" + span.getSpanId() + "-01";
    assertThat(seenInHandler).containsExactly(consumerSpan, consumerSpan);
    assertThat(Instant.ofEpochSecond(0, span.getEndEpochNanos())).isAfterOrEqualTo(handlerDone.get(0));
    assertThat(logFields.get(0)).containsEntry("service", "tracing-it").containsEntry("trace.id", TRACE_ID)
        .containsEntry("span.id", span.getSpanId()).containsEntry("event.id", eventId)
        .containsEntry("aggregate.id", user);
    assertThat(spans.getFinishedSpanItems()).filteredOn(s -> s.getKind() == SpanKind.CLIENT)
        .as("the handler's query is a child of the consumer span")
        .anySatisfy(query -> assertThat(query.getParentSpanId()).isEqualTo(span.getSpanId()));
  }

  private Optional<SpanData> span(SpanKind kind) {
    return spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == kind)
        .filter(s -> s.getTraceId().equals(TRACE_ID)).findFirst();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject user(String id) {
    return new JsonObject().put("userId", id).put("email", "someone@example.com").put("name", "Someone")
        .put("registeredAt", Instant.now().toString());
  }
}
