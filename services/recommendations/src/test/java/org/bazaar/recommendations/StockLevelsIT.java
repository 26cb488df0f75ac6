package org.bazaar.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.common.StockLevel;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductUpdated;
import org.bazaar.events.stock.StockAdjusted;
import org.bazaar.events.stock.StockCommitted;
import org.bazaar.events.stock.StockReleased;
import org.bazaar.events.stock.StockReserved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StockLevelsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static TestRecommendations service;

  @BeforeAll
  static void start() {
    service = TestRecommendations.start();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void stockLevels_updateAvailable_andAnOlderLevelNeverOverwritesANewerOne() {
    String sku = TestRecommendations.sku();
    Shown shown = Shown.product(sku, "Level");
    UUID order = UUID.randomUUID();
    service.publish(reserved(order, level(sku, 8, 5)));
    await().atMost(PATIENCE).until(() -> shown.available() == 8);

    // an older level, then a marker behind it on the same partition (same order key)
    service.publish(reserved(order, level(sku, 1, 3)));
    Shown marker = Shown.product(TestRecommendations.sku(), "Marker");
    service.publish(reserved(order, level(marker.sku, 3, 1)));
    await().atMost(PATIENCE).until(() -> marker.available() == 3);
    assertThat(shown.available()).isEqualTo(8);

    service.publish(new StockAdjusted(sku, -6, "breakage", level(sku, 2, 6), Instant.now()));
    await().atMost(PATIENCE).until(() -> shown.available() == 2);
    List<SkuQuantity> lines = List.of(new SkuQuantity(sku, 1));
    service.publish(new StockReleased(order, lines, List.of(level(sku, 4, 7)), Instant.now()));
    await().atMost(PATIENCE).until(() -> shown.available() == 4);
    service.publish(new StockCommitted(order, lines, List.of(level(sku, 3, 8)), Instant.now()));
    await().atMost(PATIENCE).until(() -> shown.available() == 3);
    assertThat(service.count("SELECT stock_version FROM stock_levels WHERE sku = $1", sku)).isEqualTo(8L);
  }

  @Test
  void aLevelThatArrivesBeforeItsProduct_isKept() {
    String sku = TestRecommendations.sku();
    service.publish(new StockAdjusted(sku, 5, "delivery", level(sku, 5, 2), Instant.now()));
    await().atMost(PATIENCE).until(() -> service.count("SELECT count(*) FROM stock_levels WHERE sku = $1", sku) == 1);
    Shown shown = Shown.product(sku, "Late product");
    await().atMost(PATIENCE).until(() -> shown.available() == 5);
  }

  @Test
  void productChanges_showUp_andAnOlderStateNeverOverwritesANewerOne() {
    String sku = TestRecommendations.sku();
    Shown shown = Shown.product(sku, "Before");
    Instant now = Instant.now();
    int partition = service.publish(new ProductUpdated(shown.id, sku, "After", "New text", new Money(2500, "EUR"),
        now.plusSeconds(5)));
    await().atMost(PATIENCE).until(() -> "After".equals(shown.json().getString("name")));
    assertThat(shown.json().getJsonObject("price").getLong("amount")).isEqualTo(2500L);

    // a stale state, then a marker behind it on the same partition
    service.publish(new ProductUpdated(shown.id, sku, "Stale", "Old text", new Money(1, "EUR"), now.plusSeconds(1)));
    Shown marker = Shown.product(TestRecommendations.sku(), "Marker");
    service.publishOn(partition, new ProductUpdated(marker.id, marker.sku, "Marked", "", new Money(1, "EUR"),
        Instant.now().plusSeconds(1)));
    await().atMost(PATIENCE).until(() -> "Marked".equals(marker.json().getString("name")));
    assertThat(shown.json().getString("name")).isEqualTo("After");
  }

  private static StockReserved reserved(UUID order, StockLevel level) {
    return new StockReserved(order, List.of(new SkuQuantity(level.sku(), 1)), List.of(level), Instant.now());
  }

  private static StockLevel level(String sku, int available, long version) {
    return new StockLevel(sku, available + 1, 1, available, version);
  }

  /** A product made visible through a shopper's history, so its available stock can be read over HTTP. */
  private record Shown(UUID id, String sku, UUID viewer) {

    static Shown product(String sku, String name) {
      UUID id = UUID.randomUUID();
      service.publish(new ProductCreated(id, sku, name, "", new Money(1000, "EUR"), Instant.now()));
      UUID viewer = UUID.randomUUID();
      service.view(viewer, id, Instant.now());
      Shown shown = new Shown(id, sku, viewer);
      await().atMost(PATIENCE).until(() -> shown.json() != null);
      return shown;
    }

    JsonObject json() {
      var items = service.get("/history/" + viewer).bodyAsJsonObject().getJsonArray("items");
      return items.isEmpty() ? null : items.getJsonObject(0);
    }

    int available() {
      return json().getInteger("available");
    }
  }
}
