package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.payment.PaymentAuthorized;
import org.bazaar.events.stock.RejectionReason;
import org.bazaar.events.stock.Shortage;
import org.bazaar.events.stock.StockRejected;
import org.bazaar.events.stock.StockReserved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SagaMetricsIT {

  private static final String CONFIRMED = "reason=\"none\",service=\"orders\",status=\"CONFIRMED\"";
  private static final String OUT_OF_STOCK = "reason=\"OUT_OF_STOCK\",service=\"orders\",status=\"CANCELLED\"";
  private static OrdersHarness orders;

  @BeforeAll
  static void start() {
    orders = OrdersHarness.start(Map.of());
  }

  @AfterAll
  static void stop() {
    orders.close();
  }

  @Test
  void everyOutcomeIsOnMetrics_beforeAnyOrder() {
    String scrape = orders.metrics();
    assertThat(scrape).contains("# TYPE bazaar_orders_placed_total counter",
        "# TYPE bazaar_saga_outcomes_total counter", "# TYPE bazaar_saga_duration_seconds histogram");
    for (String reason : List.of("OUT_OF_STOCK", "PAYMENT_DECLINED", "PAYMENT_UNAVAILABLE")) {
      assertThat(scrape).contains("bazaar_saga_outcomes_total{reason=\"" + reason
          + "\",service=\"orders\",status=\"CANCELLED\"}");
    }
    assertThat(scrape).contains("bazaar_saga_outcomes_total{" + CONFIRMED + "}");
  }

  @Test
  void aConfirmedAndACancelledOrder_areCountedOnce_evenWhenRequestsAndEventsRepeat() {
    double placedBefore = value("bazaar_orders_placed_total{service=\"orders\"}");
    double confirmedBefore = value("bazaar_saga_outcomes_total{" + CONFIRMED + "}");
    double cancelledBefore = value("bazaar_saga_outcomes_total{" + OUT_OF_STOCK + "}");
    double durationsBefore = value("bazaar_saga_duration_seconds_count{service=\"orders\",status=\"CONFIRMED\"}");
    UUID customer = UUID.randomUUID();
    UUID product = orders.product("METER-1", 400);
    String key = UUID.randomUUID().toString();
    UUID confirmed = UUID.fromString(orders.placeOrder(customer, key, OrdersHarness.order("tok_ok", product, 1))
        .bodyAsJsonObject().getString("id"));
    assertThat(orders.placeOrder(customer, key, OrdersHarness.order("tok_ok", product, 1)).getHeader(
        "Idempotent-Replayed")).isEqualTo("true");
    UUID cancelled = orders.placedOrder(customer, product, 1, "tok_ok");

    orders.publish(new StockReserved(confirmed, List.of(new SkuQuantity("METER-1", 1)), List.of(), Instant.now()));
    await().atMost(Duration.ofSeconds(60)).until(() -> orders.timelineEvents(confirmed).size() == 3);
    String authorized = UUID.randomUUID().toString();
    PaymentAuthorized payment = new PaymentAuthorized(confirmed, "ch_1", new Money(400, "EUR"), 1, Instant.now());
    orders.publish(payment, authorized);
    RecordMetadata again = orders.publish(payment, authorized, null);
    String rejected = UUID.randomUUID().toString();
    StockRejected rejection = new StockRejected(cancelled, RejectionReason.OUT_OF_STOCK,
        List.of(new Shortage("METER-1", 1, 0)), Instant.now());
    orders.publish(rejection, rejected);
    RecordMetadata rejectedAgain = orders.publish(rejection, rejected, null);
    orders.awaitConsumed(again);
    orders.awaitConsumed(rejectedAgain);

    assertThat(value("bazaar_orders_placed_total{service=\"orders\"}")).isEqualTo(placedBefore + 2);
    assertThat(value("bazaar_saga_outcomes_total{" + CONFIRMED + "}")).isEqualTo(confirmedBefore + 1);
    assertThat(value("bazaar_saga_outcomes_total{" + OUT_OF_STOCK + "}")).isEqualTo(cancelledBefore + 1);
    assertThat(value("bazaar_saga_duration_seconds_count{service=\"orders\",status=\"CONFIRMED\"}"))
        .isEqualTo(durationsBefore + 1);
    assertThat(value("bazaar_saga_duration_seconds_count{service=\"orders\",status=\"CANCELLED\"}")).isPositive();
    assertThat(orders.metrics()).containsPattern(
        "bazaar_saga_duration_seconds_bucket\\{service=\"orders\",status=\"CONFIRMED\",le=\"[0-9.]+\"\\} 1");
  }

  /** The value of one sample line of the scrape, e.g. {@code name{tag="v"}}. */
  private static double value(String sample) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$").matcher(orders.metrics());
    assertThat(matcher.find()).as(sample + " on /metrics").isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
