package org.bazaar.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.KafkaConfig;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.db.Migrations;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestDatabases;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class EventConsumerIT {

  private final String group = "consumer-it-" + UUID.randomUUID().toString().substring(0, 8);
  private PgConfig db;
  private Pool pool;
  private EventConsumer consumer;
  private TestEvents events;

  @BeforeEach
  void start(Vertx vertx) {
    db = TestDatabases.fresh("consumer");
    Migrations.migrate(vertx, db, "none").await();
    TestDatabases.execute(db, "CREATE TABLE effects (user_id TEXT NOT NULL)");
    pool = Databases.pool(vertx, db, "consumer-test");
    Inbox inbox = new Inbox(pool, group);
    KafkaConfig kafka = KafkaConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_BOOTSTRAP_SERVERS",
        TestKafka.bootstrapServers(), "BAZAAR_KAFKA_MAX_ATTEMPTS", "2", "BAZAAR_KAFKA_BACKOFF_FIRST", "10ms")));
    consumer = new EventConsumer(vertx, kafka, group, EventSchemas.load(), new SimpleMeterRegistry())
        .on(EventTypes.USER_REGISTERED_V1, event -> inbox.once(event, (tx, e) -> tx
            .preparedQuery("INSERT INTO effects (user_id) VALUES ($1)")
            .execute(Tuple.of(e.data().getString("userId")))));
    TestKafka.createTopics(List.of(Topics.deadLetter(group)));
    events = new TestEvents();
    consumer.start().await();
  }

  @AfterEach
  void stop() {
    events.close();
    consumer.stop().await();
    pool.close().await();
  }

  @Test
  void theSameEventDeliveredTwice_hasOneEffect() throws Exception {
    String user = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    send(user, eventId, user(user).encode());
    send(user, eventId, user(user).encode());
    // same key, so same partition: once the marker took effect, both deliveries before it were handled
    String marker = UUID.randomUUID().toString();
    send(user, UUID.randomUUID().toString(), user(marker).encode());

    await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);
    assertThat(effects(user)).isEqualTo(1);
  }

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsStillProcessed() throws Exception {
    try (TestConsumer dlq = new TestConsumer(Topics.deadLetter(group))) {
      String key = UUID.randomUUID().toString();
      events.sendRaw(Topics.USER_EVENTS, key, "{not json");
      send(key, UUID.randomUUID().toString(), "{not json");
      send(key, UUID.randomUUID().toString(), new JsonObject().put("userId", "nope").encode());
      String next = UUID.randomUUID().toString();
      send(next, UUID.randomUUID().toString(), user(next).encode());

      await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
      // a new group reads the topic from its start: other tests' poison records end up in its dead letters too
      await().atMost(Duration.ofSeconds(30)).until(() -> ours(dlq, key).size() >= 3);
      assertThat(ours(dlq, key)).allSatisfy(r -> {
        assertThat(TestConsumer.header(r, "dlq_reason")).isNotBlank();
        assertThat(TestConsumer.header(r, "dlq_original_topic")).isEqualTo(Topics.USER_EVENTS);
      });
      assertThat(ours(dlq, key)).extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("missing header"))
          .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match"));
    }
  }

  @Test
  void aTypeVersionWithNoReleasedSchema_isDeadLettered_whileAReleasedTypeItDoesNotHandle_isSkipped() throws Exception {
    try (TestConsumer dlq = new TestConsumer(Topics.deadLetter(group))) {
      String key = UUID.randomUUID().toString();
      send(key, UUID.randomUUID().toString(), "org.bazaar.user.registered.v99", user(key).encode());
      send(key, UUID.randomUUID().toString(), EventTypes.PRODUCT_VIEWED_V1, new JsonObject().encode());
      String next = UUID.randomUUID().toString();
      send(next, UUID.randomUUID().toString(), user(next).encode());

      await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
      await().atMost(Duration.ofSeconds(30)).until(() -> !ours(dlq, key).isEmpty());
      assertThat(ours(dlq, key)).singleElement().satisfies(r -> assertThat(TestConsumer.header(r, "dlq_reason"))
          .contains("no released schema for event type org.bazaar.user.registered.v99"));
    }
  }

  @Test
  void finishedOffsets_areCommittedOnceTheConsumerFallsIdle() throws Exception {
    String user = UUID.randomUUID().toString();
    RecordMetadata sent = events.send(events.recordOn(Topics.USER_EVENTS, null, EventTypes.USER_REGISTERED_V1, user,
        UUID.randomUUID().toString(), user(user).encode()));
    TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());

    await().atMost(Duration.ofSeconds(30)).until(() -> effects(user) == 1);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
            .get(partition);
        return committed != null && committed.offset() > sent.offset();
      });
    }
  }

  @Test
  void aConsumerRestartedWhileEventsArrived_catchesUp_andCommitsToTheLogEnd(Vertx vertx) throws Exception {
    Inbox inbox = new Inbox(pool, group);
    KafkaConfig kafka = KafkaConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_BOOTSTRAP_SERVERS",
        TestKafka.bootstrapServers())));
    for (int i = 0; i < 20; i++) {
      String user = UUID.randomUUID().toString();
      send(user, UUID.randomUUID().toString(), user(user).encode());
    }
    String last = UUID.randomUUID().toString();
    send(last, UUID.randomUUID().toString(), user(last).encode());
    await().atMost(Duration.ofSeconds(30)).until(() -> effects(last) == 1);
    consumer.stop().await();

    List<RecordMetadata> whileStopped = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String user = UUID.randomUUID().toString();
      whileStopped.add(events.send(events.recordOn(Topics.USER_EVENTS, null, EventTypes.USER_REGISTERED_V1, user,
          UUID.randomUUID().toString(), user(user).encode())));
    }
    consumer = new EventConsumer(vertx, kafka, group, EventSchemas.load(), new SimpleMeterRegistry())
        .on(EventTypes.USER_REGISTERED_V1, event -> inbox.once(event, (tx, e) -> tx
            .preparedQuery("INSERT INTO effects (user_id) VALUES ($1)")
            .execute(Tuple.of(e.data().getString("userId")))));
    consumer.start().await();

    Map<TopicPartition, Long> ends = new java.util.HashMap<>();
    whileStopped.forEach(m -> ends.merge(new TopicPartition(m.topic(), m.partition()), m.offset() + 1, Math::max));
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(end -> committed.get(end.getKey()) != null
            && committed.get(end.getKey()).offset() >= end.getValue());
      });
    }
  }

  @Test
  void aConsumerWaitingOutADatabaseOutage_stopsWhenAsked(Vertx vertx) throws Exception {
    String otherGroup = group + "-outage";
    TestKafka.createTopics(List.of(Topics.deadLetter(otherGroup)));
    java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
    KafkaConfig kafka = KafkaConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_BOOTSTRAP_SERVERS",
        TestKafka.bootstrapServers(), "BAZAAR_KAFKA_MAX_ATTEMPTS", "2", "BAZAAR_KAFKA_BACKOFF_FIRST", "10ms")));
    // refused by this process's own database: the consumer keeps the record and retries until the database is back
    EventConsumer waiting = new EventConsumer(vertx, kafka, otherGroup, EventSchemas.load(), new SimpleMeterRegistry())
        .on(EventTypes.USER_REGISTERED_V1, event -> {
          attempts.incrementAndGet();
          return io.vertx.core.Future.failedFuture(
              new java.net.ConnectException("Connection refused: " + db.host() + "/" + db.host() + ":" + db.port()));
        });
    waiting.start().await();
    String user = UUID.randomUUID().toString();
    send(user, UUID.randomUUID().toString(), user(user).encode());
    await().atMost(Duration.ofSeconds(30)).until(() -> attempts.get() > 3);

    waiting.stop().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
    // the other group of the same process handled the record meanwhile
    await().atMost(Duration.ofSeconds(30)).until(() -> effects(user) == 1);
  }

  private static List<ConsumerRecord<String, String>> ours(TestConsumer dlq, String key) {
    return dlq.records().stream().filter(r -> key.equals(r.key())).toList();
  }

  private long effects(String user) {
    return pool.preparedQuery("SELECT count(*) FROM effects WHERE user_id = $1").execute(Tuple.of(user)).await()
        .iterator().next().getLong(0);
  }

  private void send(String key, String eventId, String value) {
    send(key, eventId, EventTypes.USER_REGISTERED_V1, value);
  }

  /** Sends on user.events whatever the type: a consumer of that topic may see any type there. */
  private void send(String key, String eventId, String type, String value) {
    events.send(events.recordOn(Topics.USER_EVENTS, null, type, key, eventId, value));
  }

  private static JsonObject user(String id) {
    return new JsonObject().put("userId", id).put("email", "someone@example.com").put("name", "Someone")
        .put("registeredAt", Instant.now().toString());
  }
}
