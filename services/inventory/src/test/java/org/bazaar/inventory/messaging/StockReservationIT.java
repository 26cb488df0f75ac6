package org.bazaar.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.vertx.core.json.JsonArray;
import org.bazaar.events.EventTypes;
import org.bazaar.inventory.Stock;
import org.bazaar.inventory.support.EventPublisher;
import org.bazaar.inventory.support.InventoryService;
import org.bazaar.inventory.support.Payloads;
import org.bazaar.inventory.support.Skus;
import org.bazaar.inventory.support.StockEventLog;
import org.bazaar.inventory.support.StockEventLog.StockEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** order.placed and product.created: all lines reserved or none, once per order. */
class StockReservationIT {

  @RegisterExtension
  static final InventoryService inventory = InventoryService.instances(1);
  @RegisterExtension
  static final EventPublisher events = new EventPublisher();
  @RegisterExtension
  static final StockEventLog stockEvents = new StockEventLog();

  @Test
  void productCreated_createsAStockRowWithNothingOnHand_once() {
    String sku = Skus.fresh();
    events.productCreated(sku);
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.stock(sku).isPresent());
    assertThat(inventory.stock(sku)).contains(Stock.empty(sku));

    assertThat(inventory.adjust(sku, 4, "delivery").statusCode()).isEqualTo(200);
    String again = events.productCreated(sku);
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.processed(again));
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 4, 0, 2));
  }

  @Test
  void adjustThenReserve_publishesStockReservedWithTheLevelsAfter() {
    String sku = Skus.stocked(inventory, events, 5);
    UUID order = UUID.randomUUID();
    events.orderPlaced(order, Map.of(sku, 2));

    StockEvent reserved = stockEvents.awaitOne(order.toString(), EventTypes.STOCK_RESERVED_V1);
    assertThat(reserved.data().getJsonArray("lines")).isEqualTo(new JsonArray().add(Payloads.line(sku, 2)));
    assertThat(reserved.data().getJsonArray("levels")).isEqualTo(new JsonArray().add(Payloads.level(sku, 5, 2, 3)));
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 5, 2, 3));
    assertThat(inventory.reservationStatus(order)).contains("RESERVED");

    StockEvent adjusted = stockEvents.awaitOne(sku, EventTypes.STOCK_ADJUSTED_V1);
    assertThat(adjusted.data().getJsonObject("level")).isEqualTo(Payloads.level(sku, 5, 0, 2));
    assertThat(adjusted.dataSchema()).isNotBlank();
  }

  @Test
  void anOrderOfTwoSkus_reservesBoth_andPublishesBothLevels() {
    String first = Skus.stocked(inventory, events, 5);
    String second = Skus.stocked(inventory, events, 4);
    UUID order = UUID.randomUUID();
    events.orderPlaced(order, ordered(first, 2, second, 3));

    StockEvent reserved = stockEvents.awaitOne(order.toString(), EventTypes.STOCK_RESERVED_V1);
    assertThat(reserved.data().getJsonArray("levels")).containsExactlyInAnyOrder(
        Payloads.level(first, 5, 2, 3), Payloads.level(second, 4, 3, 3));
    assertThat(inventory.stock(first)).contains(new Stock(first, 5, 2, 3));
    assertThat(inventory.stock(second)).contains(new Stock(second, 4, 3, 3));
    assertThat(inventory.reservationStatus(order)).contains("RESERVED");
  }

  @Test
  void insufficientStockOfOneOfTwoSkus_rejectsTheOrder_andReservesNothing() {
    String plenty = Skus.stocked(inventory, events, 5);
    String scarce = Skus.stocked(inventory, events, 1);
    UUID order = UUID.randomUUID();
    events.orderPlaced(order, ordered(plenty, 2, scarce, 3));

    StockEvent rejected = stockEvents.awaitOne(order.toString(), EventTypes.STOCK_REJECTED_V1);
    assertThat(rejected.data().getString("reason")).isEqualTo("OUT_OF_STOCK");
    assertThat(rejected.data().getJsonArray("shortages")).isEqualTo(new JsonArray()
        .add(Payloads.shortage(scarce, 3, 1)));
    assertThat(inventory.stock(plenty)).contains(new Stock(plenty, 5, 0, 2));
    assertThat(inventory.stock(scarce)).contains(new Stock(scarce, 1, 0, 2));
    assertThat(inventory.reservationStatus(order)).contains("REJECTED");
    assertThat(stockEvents.ofType(order.toString(), EventTypes.STOCK_RESERVED_V1)).isEmpty();
  }

  @Test
  void anUnknownSku_rejectsTheOrderAsUnknown() {
    String known = Skus.stocked(inventory, events, 5);
    String unknown = Skus.fresh();
    UUID order = UUID.randomUUID();
    events.orderPlaced(order, ordered(known, 1, unknown, 1));

    StockEvent rejected = stockEvents.awaitOne(order.toString(), EventTypes.STOCK_REJECTED_V1);
    assertThat(rejected.data().getString("reason")).isEqualTo("UNKNOWN_SKU");
    assertThat(rejected.data().getJsonArray("shortages")).isEqualTo(new JsonArray()
        .add(Payloads.shortage(unknown, 1, 0)));
    assertThat(inventory.stock(known)).contains(new Stock(known, 5, 0, 2));
  }

  @Test
  void theSameOrderPlacedDeliveredTwice_reservesOnce() {
    String sku = Skus.stocked(inventory, events, 5);
    UUID order = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    events.orderPlaced(eventId, order, EventPublisher.orderLines(Map.of(sku, 2)));
    events.orderPlaced(eventId, order, EventPublisher.orderLines(Map.of(sku, 2)));
    String republished = events.orderPlaced(order, Map.of(sku, 2));

    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.processed(republished));
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 5, 2, 3));
    stockEvents.catchUp(inventory, events, order.toString());
    stockEvents.awaitOne(order.toString(), EventTypes.STOCK_RESERVED_V1);
    assertThat(stockEvents.forKey(order.toString())).hasSize(1);
  }

  @Test
  void repeatedSkusInOneOrder_areReservedAsOneLine() {
    String sku = Skus.stocked(inventory, events, 5);
    UUID order = UUID.randomUUID();
    events.orderPlaced(UUID.randomUUID().toString(), order,
        EventPublisher.orderLines(Map.of(sku, 2)).stream().flatMap(l -> Stream.of(l, l)).toList());

    StockEvent reserved = stockEvents.awaitOne(order.toString(), EventTypes.STOCK_RESERVED_V1);
    assertThat(reserved.data().getJsonArray("lines")).isEqualTo(new JsonArray().add(Payloads.line(sku, 4)));
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 5, 4, 3));
  }

  private static Map<String, Integer> ordered(String first, int q1, String second, int q2) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    lines.put(first, q1);
    lines.put(second, q2);
    return lines;
  }
}
