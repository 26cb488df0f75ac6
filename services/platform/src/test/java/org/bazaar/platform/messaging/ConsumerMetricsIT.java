package org.bazaar.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.platform.testing.TestMetrics.value;
import static org.bazaar.platform.testing.TestMetrics.valueOrZero;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.KafkaConfig;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.db.Migrations;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.PermanentFailure;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.metrics.Observability;
import org.bazaar.platform.testing.TestDatabases;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a consumer group's metrics say after it processed, retried, skipped and dead-lettered events. */
@ExtendWith(VertxExtension.class)
class ConsumerMetricsIT {

  private static final String TYPE = EventTypes.REVIEW_POSTED_V1;

  private final String group = "metrics-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final PrometheusMeterRegistry registry = Observability.registry("metrics-it");
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
  private final Promise<Void> held = Promise.promise();
  private Pool pool;
  private Inbox inbox;
  private EventConsumer consumer;
  private TestEvents events;

  @BeforeEach
  void start(Vertx vertx) {
    PgConfig db = TestDatabases.fresh("consumer_metrics");
    Migrations.migrate(vertx, db, "none").await();
    TestDatabases.execute(db, "CREATE TABLE effects (review_id TEXT NOT NULL)");
    pool = Databases.pool(vertx, db, "consumer-metrics-test");
    inbox = new Inbox(pool, group);
    KafkaConfig kafka = KafkaConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_BOOTSTRAP_SERVERS",
        TestKafka.bootstrapServers(), "BAZAAR_KAFKA_MAX_ATTEMPTS", "2", "BAZAAR_KAFKA_BACKOFF_FIRST", "10ms")));
    consumer = new EventConsumer(vertx, kafka, group, EventSchemas.load(), registry).on(TYPE, this::handle);
    TestKafka.createTopics(List.of(Topics.deadLetter(group)));
    events = new TestEvents();
    consumer.start().await();
  }

  @AfterEach
  void stop() {
    held.tryComplete();
    events.close();
    consumer.stop().await();
    pool.close().await();
  }

  /** Behaves as the event's {@code text} says: fails once, always, permanently, waits, or takes effect. */
  private Future<Void> handle(EventEnvelope event) {
    String name = event.data().getString("text");
    int attempt = attempts.merge(event.id(), 1, Integer::sum);
    if (name.equals("waits for " + group)) {
      return held.future().compose(v -> effect(event));
    }
    return switch (name) {
      case "fails once" -> attempt == 1 ? Future.failedFuture("not yet") : effect(event);
      case "always fails" -> Future.failedFuture("never");
      case "fails permanently" -> Future.failedFuture(new PermanentFailure("cannot ever work"));
      default -> effect(event);
    };
  }

  private Future<Void> effect(EventEnvelope event) {
    return inbox.once(event, (tx, e) -> tx.preparedQuery("INSERT INTO effects (review_id) VALUES ($1)")
        .execute(Tuple.of(e.data().getString("reviewId"))));
  }

  @Test
  void everyOutcome_isCountedAndTimed_byTypeAndReason() throws Exception {
    String key = UUID.randomUUID().toString();
    String twice = UUID.randomUUID().toString();
    send(key, twice, TYPE, "1.0", review("twice").encode());
    send(key, twice, TYPE, "1.0", review("twice").encode());
    send(key, UUID.randomUUID().toString(), TYPE, "1.0", review("fails once").encode());
    send(key, UUID.randomUUID().toString(), TYPE, "1.0", review("always fails").encode());
    send(key, UUID.randomUUID().toString(), TYPE, "1.0", review("fails permanently").encode());
    send(key, UUID.randomUUID().toString(), TYPE, "1.0", new JsonObject().put("reviewId", "nope").encode());
    send(key, UUID.randomUUID().toString(), "com.example.thing.happened", "1.0", "{}");
    send(key, UUID.randomUUID().toString(), TYPE, "2.0", review("from the future").encode());
    events.sendRaw(Topics.REVIEW_EVENTS, key, "{not even headers");
    JsonObject last = review("last");
    send(key, UUID.randomUUID().toString(), TYPE, "1.0", last.encode());

    await().atMost(Duration.ofSeconds(30)).until(() -> effects(last.getString("reviewId")) == 1);
    String scrape = registry.scrape();
    String[] ours = {"service", "metrics-it", "group", group, "type", TYPE};
    assertThat(value(scrape, "bazaar_events_processed_total", ours)).isGreaterThanOrEqualTo(3.0);
    assertThat(value(scrape, "bazaar_events_skipped_total", ours)).isGreaterThanOrEqualTo(1.0);
    assertThat(value(scrape, "bazaar_events_retried_total", ours)).isGreaterThanOrEqualTo(2.0);
    for (String reason : List.of("exhausted", "permanent", "invalid", "unknown_type", "unsupported_version",
        "malformed")) {
      assertThat(value(scrape, "bazaar_events_dead_lettered_total", "group", group, "topic", Topics.REVIEW_EVENTS,
          "reason", reason)).as(reason).isGreaterThanOrEqualTo(1.0);
    }
    for (String outcome : List.of("processed", "duplicate", "dead_lettered")) {
      assertThat(value(scrape, "bazaar_event_processing_seconds_count", "group", group, "type", TYPE,
          "outcome", outcome)).as(outcome).isGreaterThanOrEqualTo(1.0);
      assertThat(value(scrape, "bazaar_event_processing_seconds_bucket", "group", group, "type", TYPE,
          "outcome", outcome, "le", "0.1")).as(outcome + " histogram").isNotNull();
    }
    assertThat(value(scrape, "bazaar_event_processing_seconds_max", "group", group, "outcome", "processed"))
        .isNotNull();
  }

  @Test
  void lag_countsTheRecordsBehindAStuckEvent_perPartition_andFallsToZeroOnceItIsDone() throws Exception {
    String key = UUID.randomUUID().toString();
    int partition = 1;
    send(key, UUID.randomUUID().toString(), TYPE, "1.0", review("waits for " + group).encode(), partition);
    for (int i = 0; i < 5; i++) {
      send(key, UUID.randomUUID().toString(), TYPE, "1.0", review("behind").encode(), partition);
    }
    String[] tags = {"service", "metrics-it", "group", group, "topic", Topics.REVIEW_EVENTS,
        "partition", Integer.toString(partition)};
    await().atMost(Duration.ofSeconds(30)).until(() -> valueOrZero(registry.scrape(), "bazaar_consumer_lag", tags)
        >= 6);

    held.complete();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      String scrape = registry.scrape();
      return value(scrape, "bazaar_consumer_lag", tags) == 0.0
          && value(scrape, "bazaar_consumer_lag", "group", group, "partition", "0") != null;
    });
  }

  private long effects(String review) {
    return pool.preparedQuery("SELECT count(*) FROM effects WHERE review_id = $1").execute(Tuple.of(review)).await()
        .iterator().next().getLong(0);
  }

  private void send(String key, String eventId, String type, String specVersion, String value) {
    send(key, eventId, type, specVersion, value, null);
  }

  private void send(String key, String eventId, String type, String specVersion, String value, Integer partition) {
    ProducerRecord<String, String> record = events.recordOn(Topics.REVIEW_EVENTS, partition, type, key, eventId,
        value);
    record.headers().remove("ce_specversion").add("ce_specversion", specVersion.getBytes(StandardCharsets.UTF_8));
    events.send(record);
  }

  private static JsonObject review(String text) {
    return new JsonObject().put("reviewId", UUID.randomUUID().toString())
        .put("productId", UUID.randomUUID().toString()).put("userId", UUID.randomUUID().toString())
        .put("author", "Someone").put("rating", 4).put("text", text).put("verifiedPurchase", false)
        .put("postedAt", Instant.now().toString());
  }
}
