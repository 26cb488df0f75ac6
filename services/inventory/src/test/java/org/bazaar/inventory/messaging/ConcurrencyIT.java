package org.bazaar.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.inventory.Stock;
import org.bazaar.inventory.support.EventPublisher;
import org.bazaar.inventory.support.InventoryService;
import org.bazaar.inventory.support.Skus;
import org.bazaar.inventory.support.StockEventLog;
import org.bazaar.inventory.support.StockEventLog.StockEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Three inventory instances share one database and one consumer group, so reservations really race. */
class ConcurrencyIT {

  @RegisterExtension
  static final InventoryService inventory = InventoryService.instances(3);
  @RegisterExtension
  static final EventPublisher events = new EventPublisher();
  @RegisterExtension
  static final StockEventLog stockEvents = new StockEventLog();

  @Test
  void fiftyOrdersForOneUnitEach_againstTenOnHand_reserveExactlyTen() {
    String sku = Skus.stocked(inventory, events, 10);
    List<String> orders = IntStream.range(0, 50).mapToObj(i -> UUID.randomUUID().toString()).toList();
    orders.forEach(order -> events.orderPlaced(UUID.fromString(order), Map.of(sku, 1)));

    List<StockEvent> outcomes = awaitOutcomes(orders);
    assertThat(outcomes).filteredOn(e -> e.type().equals(EventTypes.STOCK_RESERVED_V1)).hasSize(10)
        .allSatisfy(e -> assertSane(e.data().getJsonArray("levels").getJsonObject(0)))
        .extracting(e -> e.data().getJsonArray("levels").getJsonObject(0).getLong("version"))
        .containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(outcomes).filteredOn(e -> e.type().equals(EventTypes.STOCK_REJECTED_V1)).hasSize(40)
        .allSatisfy(e -> assertThat(e.data().getJsonArray("shortages").getJsonObject(0))
            .isEqualTo(new JsonObject().put("sku", sku).put("requested", 1).put("available", 0)));
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 10, 10, 12));
  }

  @Test
  void concurrentAdjustmentsAndTwoSkuReservations_keepEveryStockRule_andAddUp() throws Exception {
    String a = Skus.stocked(inventory, events, 20);
    String b = Skus.stocked(inventory, events, 20);
    ExecutorService admins = Executors.newFixedThreadPool(6);
    List<Future<int[]>> adjustments = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int instance = i % inventory.instances();
      String sku = i % 2 == 0 ? a : b;
      int delta = i % 3 == 0 ? 2 : -3;
      String body = new JsonObject().put("delta", delta).put("reason", "recount " + i).encode();
      adjustments.add(admins.submit(() -> new int[] {
          inventory.adjust(instance, sku, body, InventoryService.ADMIN).statusCode(), delta, sku.equals(a) ? 0 : 1}));
    }
    // the same two SKUs, listed in both orders, so only locking in SKU order keeps transactions from deadlocking
    List<String> orders = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      UUID order = UUID.randomUUID();
      Map<String, Integer> lines = new LinkedHashMap<>();
      lines.put(i % 2 == 0 ? a : b, 1);
      lines.put(i % 2 == 0 ? b : a, 1);
      events.orderPlaced(order, lines);
      orders.add(order.toString());
    }

    int[] added = new int[2];
    List<Integer> statuses = new ArrayList<>();
    for (Future<int[]> adjustment : adjustments) {
      int[] outcome = adjustment.get();
      statuses.add(outcome[0]);
      added[outcome[2]] += outcome[0] == 200 ? outcome[1] : 0;
    }
    admins.shutdown();
    // +2s always fit; all the -3s together would take more than there ever is
    assertThat(statuses).containsOnly(200, 409).contains(200, 409);
    long reserved = awaitOutcomes(orders).stream().filter(e -> e.type().equals(EventTypes.STOCK_RESERVED_V1)).count();

    Stock stockA = inventory.stock(a).orElseThrow();
    Stock stockB = inventory.stock(b).orElseThrow();
    assertThat(stockA.onHand()).isEqualTo(20 + added[0]);
    assertThat(stockB.onHand()).isEqualTo(20 + added[1]);
    assertThat(stockA.reserved()).isEqualTo(reserved);
    assertThat(stockB.reserved()).isEqualTo(reserved);
    stockEvents.catchUp(inventory, events, a);
    stockEvents.catchUp(inventory, events, b);
    for (String sku : List.of(a, b)) {
      List<JsonObject> levels = levelsOf(sku);
      levels.forEach(ConcurrencyIT::assertSane);
      assertThat(levels).extracting(l -> l.getLong("version")).doesNotHaveDuplicates();
      assertThat(inventory.stock(sku).orElseThrow().version()).isEqualTo(1 + levels.size());
    }
    assertThat(inventory.scalar("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"))
        .isZero();
  }

  @Test
  void theDatabaseItself_refusesNegativeOrOversoldStock() {
    String sku = Skus.stocked(inventory, events, 3);

    assertThatThrownBy(() -> inventory.execute("UPDATE stock SET on_hand = -1, reserved = 0 WHERE sku = '" + sku + "'"))
        .hasMessageContaining("check constraint");
    assertThatThrownBy(() -> inventory.execute("UPDATE stock SET reserved = 4 WHERE sku = '" + sku + "'"))
        .hasMessageContaining("stock_reserved_within_on_hand");
    assertThatThrownBy(() -> inventory.execute("UPDATE stock SET reserved = -1 WHERE sku = '" + sku + "'"))
        .hasMessageContaining("check constraint");
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 3, 0, 2));
  }

  private static List<StockEvent> awaitOutcomes(List<String> orders) {
    await().atMost(Duration.ofSeconds(120)).until(() -> orders.stream().allMatch(o -> !stockEvents.forKey(o).isEmpty()));
    List<StockEvent> outcomes = orders.stream().flatMap(o -> stockEvents.forKey(o).stream()).toList();
    assertThat(outcomes).hasSize(orders.size());
    return outcomes;
  }

  /** Every stock level inventory published for the SKU: adjustments (keyed by SKU) and order events. */
  private static List<JsonObject> levelsOf(String sku) {
    List<JsonObject> levels = new ArrayList<>();
    for (StockEvent event : stockEvents.all()) {
      if (event.type().equals(EventTypes.STOCK_ADJUSTED_V1) && sku.equals(event.key())) {
        levels.add(event.data().getJsonObject("level"));
      } else if (event.data().containsKey("levels")) {
        var all = event.data().getJsonArray("levels");
        IntStream.range(0, all.size()).mapToObj(all::getJsonObject)
            .filter(level -> sku.equals(level.getString("sku"))).forEach(levels::add);
      }
    }
    return levels;
  }

  private static void assertSane(JsonObject level) {
    assertThat(level.getInteger("reserved")).isBetween(0, level.getInteger("onHand"));
    assertThat(level.getInteger("available")).isEqualTo(level.getInteger("onHand") - level.getInteger("reserved"));
  }
}
