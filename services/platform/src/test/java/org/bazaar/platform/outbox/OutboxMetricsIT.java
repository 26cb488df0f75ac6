package org.bazaar.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.platform.testing.TestMetrics.value;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.db.Migrations;
import org.bazaar.platform.metrics.Observability;
import org.bazaar.platform.testing.TestDatabases;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The outbox's backlog, age and publish latency, as scraped, before and after the relay drains it. */
@ExtendWith(VertxExtension.class)
class OutboxMetricsIT {

  private final PrometheusMeterRegistry registry = Observability.registry("outbox-it");
  private final Outbox outbox = new Outbox("/bazaar/test", EventSchemas.load());
  private Vertx vertx;
  private PgConfig db;
  private Pool pool;
  private OutboxRelay relay;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    db = TestDatabases.fresh("outbox_metrics");
    Migrations.migrate(vertx, db, "none").await();
    pool = Databases.pool(vertx, db, "outbox-metrics-test");
  }

  @AfterEach
  void stop() {
    if (relay != null) {
      relay.stop().await();
    }
    pool.close().await();
  }

  @Test
  void backlogAndAge_showWhileNoRelayRuns_andPublishLatencyOnceItHasPublished() {
    for (int i = 0; i < 3; i++) {
      String id = UUID.randomUUID().toString();
      pool.withTransaction(tx -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, id, OutboxRelayIT.user(id), null))
          .await();
    }
    TestDatabases.execute(db, "UPDATE outbox SET created_at = now() - interval '42 seconds' WHERE seq = "
        + "(SELECT min(seq) FROM outbox)");
    // another instance holds the relay lock, so this one only watches the backlog
    RelayLeadership leader = new RelayLeadership(vertx, Databases.connectOptions(db), 200);
    leader.start();
    await().atMost(Duration.ofSeconds(10)).until(leader::isLeader);
    OutboxRelay follower = relay(registry);
    await().atMost(Duration.ofSeconds(10)).until(() -> value(registry.scrape(), "bazaar_outbox_pending",
        "service", "outbox-it") == 3.0);
    assertThat(value(registry.scrape(), "bazaar_outbox_oldest_age_seconds", "service", "outbox-it"))
        .isBetween(42.0, 120.0);
    assertThat(value(registry.scrape(), "bazaar_outbox_published_total", "service", "outbox-it")).isZero();

    follower.stop().await();
    leader.stop().await();
    PrometheusMeterRegistry relayed = Observability.registry("outbox-it");
    relay = relay(relayed);
    await().atMost(Duration.ofSeconds(20)).until(() -> value(relayed.scrape(), "bazaar_outbox_published_total",
        "service", "outbox-it") == 3.0);
    await().atMost(Duration.ofSeconds(10)).until(() -> value(relayed.scrape(), "bazaar_outbox_pending",
        "service", "outbox-it") == 0.0);
    String scrape = relayed.scrape();
    assertThat(value(scrape, "bazaar_outbox_oldest_age_seconds", "service", "outbox-it")).isZero();
    assertThat(value(scrape, "bazaar_outbox_publish_failures_total", "service", "outbox-it")).isZero();
    assertThat(value(scrape, "bazaar_outbox_publish_latency_seconds_count", "service", "outbox-it")).isEqualTo(3.0);
    assertThat(value(scrape, "bazaar_outbox_publish_latency_seconds_max", "service", "outbox-it"))
        .isGreaterThanOrEqualTo(42.0);
    assertThat(value(scrape, "bazaar_outbox_publish_latency_seconds_bucket", "service", "outbox-it", "le", "60.0"))
        .isEqualTo(3.0);
  }

  @Test
  void aRowsAge_countsFromTheRowBeingWritten_notFromItsTransactionsStart() {
    String id = UUID.randomUUID().toString();
    boolean afterStart = pool.withTransaction(tx -> tx.query("SELECT pg_sleep(0.05)").execute()
        .compose(slept -> outbox.append(tx, EventTypes.USER_REGISTERED_V1, id, OutboxRelayIT.user(id), null))
        .compose(appended -> tx.query("SELECT created_at > now() FROM outbox").execute())
        .map(rows -> rows.iterator().next().getBoolean(0))).await();

    assertThat(afterStart).isTrue();
  }

  private OutboxRelay relay(PrometheusMeterRegistry meters) {
    OutboxRelay started = new OutboxRelay(vertx, pool, new RelayLeadership(vertx, Databases.connectOptions(db), 200),
        Map.of("bootstrap.servers", TestKafka.bootstrapServers()), meters, 200);
    started.start().await();
    return started;
  }
}
