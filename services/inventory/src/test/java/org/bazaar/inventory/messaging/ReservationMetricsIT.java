package org.bazaar.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.platform.testing.TestMetrics.value;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.inventory.support.EventPublisher;
import org.bazaar.inventory.support.InventoryService;
import org.bazaar.inventory.support.Skus;
import org.bazaar.inventory.support.StockEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What inventory's /metrics tells an operator after reservations were made, rejected, committed and released. */
class ReservationMetricsIT {

  @RegisterExtension
  static final InventoryService inventory = InventoryService.instances(1);
  @RegisterExtension
  static final EventPublisher events = new EventPublisher();
  @RegisterExtension
  static final StockEventLog stockEvents = new StockEventLog();

  @Test
  void everyReservationOutcome_isCounted_besideTheConsumerAndOutboxMetrics() {
    String sku = Skus.stocked(inventory, events, 5);
    UUID confirmed = reserve(sku, 1);
    events.orderConfirmed(confirmed, Map.of(sku, 1));
    stockEvents.awaitOne(confirmed.toString(), EventTypes.STOCK_COMMITTED_V1);
    UUID cancelled = reserve(sku, 1);
    events.orderCancelled(cancelled, Map.of(sku, 1));
    stockEvents.awaitOne(cancelled.toString(), EventTypes.STOCK_RELEASED_V1);
    UUID rejected = UUID.randomUUID();
    events.orderPlaced(rejected, Map.of(sku, 50));
    stockEvents.awaitOne(rejected.toString(), EventTypes.STOCK_REJECTED_V1);

    String scrape = inventory.metrics();
    Map<String, Double> expected = Map.of("reserved", 2.0, "committed", 1.0, "released", 1.0, "rejected", 1.0);
    expected.forEach((outcome, count) -> assertThat(value(scrape, "bazaar_reservations_total",
        "service", "inventory", "outcome", outcome)).as(outcome).isEqualTo(count));
    assertThat(value(scrape, "bazaar_events_processed_total", "group", "inventory",
        "type", EventTypes.ORDER_PLACED_V1)).isEqualTo(3.0);
    assertThat(value(scrape, "bazaar_event_processing_seconds_count", "group", "inventory",
        "type", EventTypes.ORDER_PLACED_V1, "outcome", "processed")).isEqualTo(3.0);
    assertThat(value(scrape, "bazaar_outbox_published_total", "service", "inventory")).isGreaterThanOrEqualTo(5.0);
    assertThat(value(scrape, "bazaar_outbox_publish_latency_seconds_bucket", "service", "inventory", "le", "60.0"))
        .isGreaterThanOrEqualTo(5.0);
    assertThat(value(scrape, "vertx_http_server_requests_total", "service", "inventory", "method", "POST",
        "route", "/inventory/:sku/adjustments")).isNotNull();
    await().atMost(Duration.ofSeconds(30)).until(() -> value(inventory.metrics(), "bazaar_consumer_lag",
        "service", "inventory", "group", "inventory", "topic", Topics.ORDER_EVENTS) != null);
  }

  private UUID reserve(String sku, int quantity) {
    UUID order = UUID.randomUUID();
    events.orderPlaced(order, Map.of(sku, quantity));
    stockEvents.awaitOne(order.toString(), EventTypes.STOCK_RESERVED_V1);
    return order;
  }
}
