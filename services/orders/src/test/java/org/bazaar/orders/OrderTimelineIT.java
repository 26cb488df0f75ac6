package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.payment.PaymentAuthorized;
import org.bazaar.events.stock.RejectionReason;
import org.bazaar.events.stock.Shortage;
import org.bazaar.events.stock.StockCommitted;
import org.bazaar.events.stock.StockRejected;
import org.bazaar.events.stock.StockReleased;
import org.bazaar.events.stock.StockReserved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderTimelineIT {

  private static final String ORDERS = "/bazaar/orders";
  private static OrdersHarness orders;
  private static UUID product;
  private final UUID customer = UUID.randomUUID();

  @BeforeAll
  static void start() {
    orders = OrdersHarness.start(Map.of());
    product = orders.product("LINE-1", 800);
  }

  @AfterAll
  static void stop() {
    orders.close();
  }

  @Test
  void aConfirmedOrder_showsEveryEventOnceInOrder_withSourceAndTrace_evenWhenEventsAreRedelivered() {
    String trace = Traces.newTraceId();
    UUID order = orders.placedOrder(customer, product, 1, "tok_ok", Traces.traceparent(trace));
    String reservedId = UUID.randomUUID().toString();
    String authorizedId = UUID.randomUUID().toString();
    String committedId = UUID.randomUUID().toString();
    List<SkuQuantity> lines = List.of(new SkuQuantity("LINE-1", 1));

    StockReserved reserved = new StockReserved(order, lines, List.of(), Instant.now());
    orders.publish(reserved, reservedId, Traces.traceparent(trace));
    RecordMetadata reservedAgain = orders.publish(reserved, reservedId, Traces.traceparent(trace));
    awaitEvents(order, 3);
    PaymentAuthorized authorized = new PaymentAuthorized(order, "ch_1", new Money(800, "EUR"), 1, Instant.now());
    orders.publish(authorized, authorizedId, Traces.traceparent(trace));
    RecordMetadata authorizedAgain = orders.publish(authorized, authorizedId, Traces.traceparent(trace));
    awaitEvents(order, 5);
    StockCommitted committed = new StockCommitted(order, lines, List.of(), Instant.now());
    orders.publish(committed, committedId, Traces.traceparent(trace));
    RecordMetadata committedAgain = orders.publish(committed, committedId, Traces.traceparent(trace));
    List.of(reservedAgain, authorizedAgain, committedAgain).forEach(orders::awaitConsumed);

    HttpResponse<Buffer> timeline = orders.timeline(order);
    assertThat(timeline.bodyAsJsonObject().getString("orderId")).isEqualTo(order.toString());
    List<JsonObject> events = orders.timelineEvents(order);
    assertThat(events).extracting(e -> e.getString("type")).containsExactly(EventTypes.ORDER_PLACED_V1,
        EventTypes.STOCK_RESERVED_V1, EventTypes.PAYMENT_REQUESTED_V1, EventTypes.PAYMENT_AUTHORIZED_V1,
        EventTypes.ORDER_CONFIRMED_V1, EventTypes.STOCK_COMMITTED_V1);
    assertThat(events).extracting(e -> e.getString("source"))
        .containsExactly(ORDERS, "/test", ORDERS, "/test", ORDERS, "/test");
    assertThat(events).extracting(e -> e.getString("traceId")).containsOnly(trace);
    assertThat(events).extracting(e -> e.getString("id")).doesNotHaveDuplicates()
        .contains(reservedId, authorizedId, committedId);
    assertThat(events).extracting(e -> Instant.parse(e.getString("time"))).isSorted();
  }

  @Test
  void aCancelledOrder_endsWithItsCancellation_andTheReleaseOfItsStock() {
    UUID order = orders.placedOrder(customer, product, 1, "tok_ok");
    orders.publish(new StockRejected(order, RejectionReason.OUT_OF_STOCK, List.of(new Shortage("LINE-1", 1, 0)),
        Instant.now()));
    awaitEvents(order, 3);
    orders.publish(new StockReleased(order, List.of(new SkuQuantity("LINE-1", 1)), List.of(), Instant.now()));

    awaitEvents(order, 4);
    assertThat(orders.timelineEvents(order)).extracting(e -> e.getString("type")).containsExactly(
        EventTypes.ORDER_PLACED_V1, EventTypes.STOCK_REJECTED_V1, EventTypes.ORDER_CANCELLED_V1,
        EventTypes.STOCK_RELEASED_V1);
  }

  @Test
  void stockEventsForAnOrderThisServiceNeverPlaced_areSkipped() {
    UUID stranger = UUID.randomUUID();
    RecordMetadata released = orders.publish(new StockReleased(stranger, List.of(new SkuQuantity("LINE-1", 1)),
        List.of(), Instant.now()), UUID.randomUUID().toString(), null);

    orders.awaitConsumed(released);
    assertThat(orders.count("SELECT count(*) FROM order_timeline WHERE order_id = $1", stranger)).isZero();
    assertThat(orders.timeline(stranger).statusCode()).isEqualTo(404);
  }

  @Test
  void onlyAdminsReadATimeline_andAnUnknownOrderIsNotFound() {
    UUID order = orders.placedOrder(customer, product, 1, "tok_ok");
    String path = "/admin/orders/" + order + "/timeline";

    assertProblem(orders.request(HttpMethod.GET, path, customer, "customer").send().await(), 403);
    assertProblem(orders.request(HttpMethod.GET, path, null, null).send().await(), 401);
    assertProblem(orders.timeline(UUID.randomUUID()), 404);
    assertProblem(orders.request(HttpMethod.GET, "/admin/orders/not-an-id/timeline", customer, "admin").send()
        .await(), 404);
    assertThat(orders.timeline(order).statusCode()).isEqualTo(200);
  }

  private void awaitEvents(UUID order, int count) {
    await().atMost(Duration.ofSeconds(60)).until(() -> orders.timelineEvents(order).size() >= count);
  }

  private static void assertProblem(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).startsWith("application/problem+json");
  }
}
