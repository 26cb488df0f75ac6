package org.bazaar.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

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

/** What order.confirmed and order.cancelled do to a reservation, whatever state it is in. */
class ReservationLifecycleIT {

  @RegisterExtension
  static final InventoryService inventory = InventoryService.instances(1);
  @RegisterExtension
  static final EventPublisher events = new EventPublisher();
  @RegisterExtension
  static final StockEventLog stockEvents = new StockEventLog();

  @Test
  void confirm_commitsTheReservation_once() {
    String sku = Skus.stocked(inventory, events, 5);
    UUID order = reserve(sku, 2);

    events.orderConfirmed(order, Map.of(sku, 2));
    StockEvent committed = stockEvents.awaitOne(order.toString(), EventTypes.STOCK_COMMITTED_V1);
    assertThat(committed.data().getJsonArray("levels")).isEqualTo(new JsonArray().add(Payloads.level(sku, 3, 0, 4)));
    assertThat(inventory.reservationStatus(order)).contains("COMMITTED");

    String again = events.orderConfirmed(order, Map.of(sku, 2));
    String cancelAfter = events.orderCancelled(order, Map.of(sku, 2));
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.processed(again) && inventory.processed(cancelAfter));
    stockEvents.catchUp(inventory, events, order.toString());
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 3, 0, 4));
    assertThat(stockEvents.forKey(order.toString())).extracting(StockEvent::type)
        .containsExactly(EventTypes.STOCK_RESERVED_V1, EventTypes.STOCK_COMMITTED_V1);
  }

  @Test
  void cancel_releasesTheReservation_once() {
    String sku = Skus.stocked(inventory, events, 5);
    UUID order = reserve(sku, 2);

    events.orderCancelled(order, Map.of(sku, 2));
    StockEvent released = stockEvents.awaitOne(order.toString(), EventTypes.STOCK_RELEASED_V1);
    assertThat(released.data().getJsonArray("lines")).isEqualTo(new JsonArray().add(Payloads.line(sku, 2)));
    assertThat(released.data().getJsonArray("levels")).isEqualTo(new JsonArray().add(Payloads.level(sku, 5, 0, 4)));
    assertThat(inventory.reservationStatus(order)).contains("RELEASED");

    String again = events.orderCancelled(order, Map.of(sku, 2));
    String confirmAfter = events.orderConfirmed(order, Map.of(sku, 2));
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.processed(again) && inventory.processed(confirmAfter));
    stockEvents.catchUp(inventory, events, order.toString());
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 5, 0, 4));
    assertThat(stockEvents.forKey(order.toString())).extracting(StockEvent::type)
        .containsExactly(EventTypes.STOCK_RESERVED_V1, EventTypes.STOCK_RELEASED_V1);
  }

  @Test
  void cancelAfterRejection_doesNothing() {
    String sku = Skus.stocked(inventory, events, 1);
    UUID order = UUID.randomUUID();
    events.orderPlaced(order, Map.of(sku, 2));
    stockEvents.awaitOne(order.toString(), EventTypes.STOCK_REJECTED_V1);

    String cancelled = events.orderCancelled(order, Map.of(sku, 2));
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.processed(cancelled));
    stockEvents.catchUp(inventory, events, order.toString());
    assertThat(inventory.reservationStatus(order)).contains("REJECTED");
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 1, 0, 2));
    assertThat(stockEvents.forKey(order.toString())).extracting(StockEvent::type)
        .containsExactly(EventTypes.STOCK_REJECTED_V1);
  }

  @Test
  void aCancellationThatArrivesFirst_keepsALatePlacedOrderFromReserving() {
    String sku = Skus.stocked(inventory, events, 5);
    UUID order = UUID.randomUUID();
    String cancelled = events.orderCancelled(order, Map.of(sku, 1));
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.processed(cancelled));
    assertThat(inventory.reservationStatus(order)).contains("RELEASED");

    String placed = events.orderPlaced(order, Map.of(sku, 1));
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.processed(placed));
    stockEvents.catchUp(inventory, events, order.toString());
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 5, 0, 2));
    assertThat(stockEvents.forKey(order.toString())).isEmpty();
  }

  private UUID reserve(String sku, int quantity) {
    UUID order = UUID.randomUUID();
    events.orderPlaced(order, Map.of(sku, quantity));
    stockEvents.awaitOne(order.toString(), EventTypes.STOCK_RESERVED_V1);
    return order;
  }
}
