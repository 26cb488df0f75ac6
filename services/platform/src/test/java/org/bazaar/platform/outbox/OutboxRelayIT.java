package org.bazaar.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.db.Migrations;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestDatabases;
import org.bazaar.platform.testing.TestEnv;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class OutboxRelayIT {

  private final EventSchemas schemas = EventSchemas.load();
  private PgConfig db;
  private Pool pool;
  private OutboxRelay relay;
  private Outbox outbox;

  @BeforeEach
  void start(Vertx vertx) {
    db = TestDatabases.fresh("outbox");
    Migrations.migrate(vertx, db, "none").await();
    pool = Databases.pool(vertx, db, "outbox-test");
    outbox = new Outbox("/bazaar/test", schemas);
    relay = new OutboxRelay(vertx, pool, new RelayLeadership(vertx, Databases.connectOptions(db), 200),
        Map.of("bootstrap.servers", TestKafka.bootstrapServers()), new SimpleMeterRegistry(), 200);
    relay.start().await();
  }

  @AfterEach
  void stop() {
    relay.stop().await();
    pool.close().await();
  }

  @Test
  void publishesWhatACommittedTransactionWrote_andNothingOfARolledBackOne() {
    String committed = UUID.randomUUID().toString();
    String rolledBack = UUID.randomUUID().toString();
    try (TestConsumer consumer = new TestConsumer(Topics.USER_EVENTS)) {
      pool.withTransaction(tx -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, committed, user(committed), null))
          .await();
      Future<Object> failed = pool.withTransaction(tx -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, rolledBack,
          user(rolledBack), null).compose(e -> Future.failedFuture("business rule broken")));
      assertThat(failed.failed() || awaitFailure(failed)).isTrue();

      await().atMost(Duration.ofSeconds(20)).until(() -> consumer.records().stream()
          .anyMatch(r -> committed.equals(r.key())));
      assertThat(TestConsumer.header(consumer.records().stream().filter(r -> committed.equals(r.key())).findFirst()
          .orElseThrow(), "ce_type")).isEqualTo(EventTypes.USER_REGISTERED_V1);
      // the relay drains in commit order: once a later event is out, the rolled-back one can never appear
      String later = UUID.randomUUID().toString();
      pool.withTransaction(tx -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, later, user(later), null)).await();
      await().atMost(Duration.ofSeconds(20)).until(() -> consumer.records().stream()
          .anyMatch(r -> later.equals(r.key())));
      assertThat(consumer.records()).noneMatch(r -> rolledBack.equals(r.key()));
      assertThat(pool.query("SELECT count(*) FROM outbox").execute().await().iterator().next().getLong(0)).isZero();
    }
  }

  @Test
  void manyEventsOfOneKey_goOutInTheirOrder_overSeveralBatches() {
    String key = UUID.randomUUID().toString();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      written.add("u" + i + "@example.com");
    }
    try (TestConsumer consumer = new TestConsumer(Topics.USER_EVENTS)) {
      pool.withTransaction(tx -> {
        Future<?> chain = Future.succeededFuture();
        for (String email : written) {
          chain = chain.compose(v -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, key, user(key, email), null));
        }
        return chain;
      }).await();

      await().atMost(Duration.ofSeconds(30)).until(() -> consumer.records().stream()
          .filter(r -> key.equals(r.key())).count() >= written.size());
      List<String> received = consumer.records().stream().filter(r -> key.equals(r.key()))
          .map(r -> new JsonObject(r.value()).getString("email")).toList();
      assertThat(received).containsExactlyElementsOf(written);
      assertThat(pool.query("SELECT count(*) FROM outbox").execute().await().iterator().next().getLong(0)).isZero();
    }
  }

  @Test
  void aBatchKafkaDoesNotTake_staysInTheOutbox_andGoesOutOnceKafkaIsThere(Vertx vertx) {
    relay.stop().await();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    OutboxRelay unreachable = new OutboxRelay(vertx, pool, new RelayLeadership(vertx, Databases.connectOptions(db),
        200), Map.of("bootstrap.servers", "127.0.0.1:" + TestEnv.freePort(), "max.block.ms", "500",
        "request.timeout.ms", "500", "delivery.timeout.ms", "1000"), meters, 200);
    unreachable.start().await();
    String id = UUID.randomUUID().toString();
    try (TestConsumer consumer = new TestConsumer(Topics.USER_EVENTS)) {
      pool.withTransaction(tx -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, id, user(id), null)).await();
      await().atMost(Duration.ofSeconds(20)).until(() -> meters.counter("bazaar.outbox.publish.failures").count() >= 2);
      unreachable.stop().await();
      assertThat(pool.query("SELECT count(*) FROM outbox").execute().await().iterator().next().getLong(0))
          .isEqualTo(1L);

      relay = new OutboxRelay(vertx, pool, new RelayLeadership(vertx, Databases.connectOptions(db), 200),
          Map.of("bootstrap.servers", TestKafka.bootstrapServers()), new SimpleMeterRegistry(), 200);
      relay.start().await();
      await().atMost(Duration.ofSeconds(20)).until(() -> consumer.records().stream().anyMatch(r -> id.equals(r.key())));
      await().atMost(Duration.ofSeconds(10)).until(() -> pool.query("SELECT count(*) FROM outbox").execute().await()
          .iterator().next().getLong(0) == 0L);
    }
  }

  @Test
  void refusesToRecordAPayloadItsSchemaRejects() {
    Future<Object> invalid = pool.withTransaction(tx -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, "x",
        new JsonObject().put("userId", "not-a-uuid"), null).map(e -> (Object) e));
    assertThat(awaitFailure(invalid)).isTrue();
    assertThat(invalid.cause()).isInstanceOf(InvalidEventException.class);
  }

  private static boolean awaitFailure(Future<?> future) {
    try {
      future.await();
      return false;
    } catch (Exception e) {
      return true;
    }
  }

  static JsonObject user(String id) {
    return user(id, "someone@example.com");
  }

  private static JsonObject user(String id, String email) {
    return new JsonObject().put("userId", id).put("email", email).put("name", "Someone")
        .put("registeredAt", Instant.now().toString());
  }
}
