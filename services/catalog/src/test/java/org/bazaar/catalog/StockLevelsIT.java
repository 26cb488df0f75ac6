package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.catalog.TestCatalog.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.bazaar.events.EventPayload;
import org.bazaar.events.Topics;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.common.StockLevel;
import org.bazaar.events.stock.StockAdjusted;
import org.bazaar.events.stock.StockCommitted;
import org.bazaar.events.stock.StockReleased;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StockLevelsIT {

  private static TestCatalog catalog;
  private static TestEvents events;
  private static Vertx vertx;
  private static Pool pool;

  @BeforeAll
  static void start() {
    TestKafka.createTopics(List.of(Topics.deadLetter("catalog")));
    catalog = TestCatalog.start();
    events = new TestEvents();
    vertx = Vertx.vertx();
    pool = Databases.pool(vertx, catalog.database(), "stock-check");
  }

  @AfterAll
  static void stop() {
    events.close();
    pool.close().await();
    vertx.close().await();
    catalog.close();
  }

  @Test
  void stockLevels_setAvailable_andAnOlderLevelNeverOverwritesANewerOne() {
    String sku = unique("LVL");
    String id = catalog.create(sku, "Level", "", 100).getString("id");
    String order = UUID.randomUUID().toString();
    send(order, UUID.randomUUID().toString(), reserved(order, level(sku, 8, 5)));
    awaitAvailable(id, 8);

    send(order, UUID.randomUUID().toString(), reserved(order, level(sku, 1, 3)));
    String marker = markerApplied(order);
    assertThat(available(id)).as("after marker %s", marker).isEqualTo(8);

    send(sku, UUID.randomUUID().toString(), new StockAdjusted(sku, 2, "delivery", level(sku, 2, 6), Instant.now()));
    awaitAvailable(id, 2);
    UUID orderId = UUID.fromString(order);
    List<SkuQuantity> lines = List.of(new SkuQuantity(sku, 1));
    send(order, UUID.randomUUID().toString(), new StockReleased(orderId, lines, List.of(level(sku, 4, 7)), Instant.now()));
    awaitAvailable(id, 4);
    send(order, UUID.randomUUID().toString(), new StockCommitted(orderId, lines, List.of(level(sku, 3, 8)), Instant.now()));
    awaitAvailable(id, 3);
  }

  @Test
  void oneEventsLevelsForSeveralSkus_eachApply_unlessOlderThanTheStoredOne() {
    List<String> skus = java.util.stream.Stream.of(unique("MA"), unique("MB"), unique("MC")).sorted().toList();
    List<String> ids = skus.stream().map(sku -> catalog.create(sku, "Multi", "", 100).getString("id")).toList();
    String order = UUID.randomUUID().toString();
    send(order, UUID.randomUUID().toString(), reserved(order, level(skus.get(1), 9, 5)));
    awaitAvailable(ids.get(1), 9);

    List<StockLevel> levels = List.of(level(skus.get(0), 7, 2), level(skus.get(1), 1, 3), level(skus.get(2), 6, 4));
    send(order, UUID.randomUUID().toString(), new StockReserved(UUID.fromString(order),
        skus.stream().map(sku -> new SkuQuantity(sku, 1)).toList(), levels, Instant.now()));
    awaitAvailable(ids.get(0), 7);
    awaitAvailable(ids.get(2), 6);
    assertThat(available(ids.get(1))).isEqualTo(9);
  }

  @Test
  void theSameEventDeliveredTwice_hasOneEffect() {
    String sku = unique("DUP");
    String id = catalog.create(sku, "Twice", "", 100).getString("id");
    String order = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    send(order, eventId, reserved(order, level(sku, 8, 5)));
    send(order, eventId, reserved(order, level(sku, 8, 5)));
    // the same id again, with a newer level: only a second effect could apply it
    send(order, eventId, reserved(order, level(sku, 1, 6)));
    markerApplied(order);
    assertThat(available(id)).isEqualTo(8);
    assertThat(pool.preparedQuery("SELECT count(*) FROM inbox WHERE event_id = $1").execute(Tuple.of(eventId))
        .await().iterator().next().getLong(0)).isEqualTo(1L);
  }

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsStillProcessed() {
    try (TestConsumer dlq = new TestConsumer(Topics.deadLetter("catalog"))) {
      String key = UUID.randomUUID().toString();
      events.send(StockReserved.TYPE, key, UUID.randomUUID().toString(), "{\"orderId\":\"not-a-uuid\",\"levels\":[]}");
      events.sendRaw(Topics.STOCK_EVENTS, key, "{\"no\":\"headers\"}");
      markerApplied(key);

      await().atMost(Duration.ofSeconds(30)).until(() -> dlq.records().stream().filter(r -> key.equals(r.key()))
          .count() >= 2);
      assertThat(dlq.records()).filteredOn(r -> key.equals(r.key())).hasSize(2).allSatisfy(r -> {
        assertThat(TestConsumer.header(r, "dlq_reason")).isNotBlank();
        assertThat(TestConsumer.header(r, "dlq_original_topic")).isEqualTo(Topics.STOCK_EVENTS);
      }).extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match"))
          .anySatisfy(reason -> assertThat(reason).contains("missing header"));
    }
  }

  /** Sends a stock level for a fresh product on {@code key}'s partition and waits until it shows. */
  private static String markerApplied(String key) {
    String sku = unique("MARK");
    String id = catalog.create(sku, "Marker", "", 1).getString("id");
    send(key, UUID.randomUUID().toString(), reserved(key, level(sku, 3, 1)));
    awaitAvailable(id, 3);
    return sku;
  }

  private static StockReserved reserved(String order, StockLevel level) {
    return new StockReserved(UUID.fromString(order), List.of(new SkuQuantity(level.sku(), 1)), List.of(level),
        Instant.now());
  }

  private static StockLevel level(String sku, int available, long version) {
    return new StockLevel(sku, available + 1, 1, available, version);
  }

  private static void awaitAvailable(String id, int expected) {
    await().atMost(Duration.ofSeconds(30)).until(() -> available(id) == expected);
  }

  private static int available(String id) {
    return catalog.get("/products/" + id).bodyAsJsonObject().getInteger("available");
  }

  /** Publishes the event on {@code key}'s partition (the order's, or the sku's, as inventory would). */
  private static void send(String key, String eventId, EventPayload event) {
    events.publish(event.type(), key, eventId, event.toJson());
  }
}
