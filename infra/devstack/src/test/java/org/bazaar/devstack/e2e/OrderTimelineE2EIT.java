package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An admin reads every event of an order, with its source service and trace id, oldest first")
class OrderTimelineE2EIT {

  private static final String ORDERS = "/bazaar/orders";
  private static final String INVENTORY = "/bazaar/inventory";
  private static final String PAYMENTS = "/bazaar/payments";
  private static Api api;
  private static String admin;
  private static String customer;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
    customer = api.newCustomer();
  }

  @Test
  void aConfirmedOrder_showsItsWholeSaga_inTheTraceItWasPlacedIn() {
    JsonObject product = api.stockedProduct(admin, 1100, 3);
    String trace = hex(16);
    String id = place(product, "tok_ok", trace);
    assertThat(api.awaitSettled(customer, id).getString("status")).isEqualTo("CONFIRMED");

    List<JsonObject> events = awaitTimeline(id, 6);
    assertThat(events).extracting(e -> e.getString("type")).containsExactly("org.bazaar.order.placed.v1",
        "org.bazaar.stock.reserved.v1", "org.bazaar.payment.requested.v1", "org.bazaar.payment.authorized.v1",
        "org.bazaar.order.confirmed.v1", "org.bazaar.stock.committed.v1");
    assertThat(events).extracting(e -> e.getString("source"))
        .containsExactly(ORDERS, INVENTORY, ORDERS, PAYMENTS, ORDERS, INVENTORY);
    assertThat(events).extracting(e -> e.getString("traceId")).containsOnly(trace);
    assertThat(events).extracting(e -> Instant.parse(e.getString("time"))).isSorted();
    assertThat(events).extracting(e -> e.getString("id")).doesNotHaveDuplicates();
  }

  @Test
  void aCancelledOrder_showsWhyItEnded_andTheReleaseOfItsStock() {
    JsonObject product = api.stockedProduct(admin, 600, 3);
    String trace = hex(16);
    String id = place(product, "tok_decline", trace);
    assertThat(api.awaitSettled(customer, id).getString("reason")).isEqualTo("PAYMENT_DECLINED");

    List<JsonObject> events = awaitTimeline(id, 6);
    assertThat(events).extracting(e -> e.getString("type")).containsExactly("org.bazaar.order.placed.v1",
        "org.bazaar.stock.reserved.v1", "org.bazaar.payment.requested.v1", "org.bazaar.payment.declined.v1",
        "org.bazaar.order.cancelled.v1", "org.bazaar.stock.released.v1");
    assertThat(events).extracting(e -> e.getString("source"))
        .containsExactly(ORDERS, INVENTORY, ORDERS, PAYMENTS, ORDERS, INVENTORY);
    assertThat(events).extracting(e -> e.getString("traceId")).containsOnly(trace);
  }

  @Test
  void onlyAdminsReadATimeline_andAnUnknownOrderIsNotFound() {
    JsonObject product = api.stockedProduct(admin, 300, 1);
    String id = place(product, "tok_ok", hex(16));

    assertProblem(api.call("GET", path(id), customer, null), 403);
    assertProblem(api.call("GET", path(id), null, null), 401);
    assertProblem(api.call("GET", path(UUID.randomUUID().toString()), admin, null), 404);
    assertProblem(api.call("GET", path("not-an-order"), admin, null), 404);
  }

  /** Places an order in a trace of the caller's own, once the orders service knows the product. */
  private static String place(JsonObject product, String paymentToken, String trace) {
    JsonObject body = Api.order(product.getString("id"), 1, paymentToken);
    AtomicReference<Api.Reply> reply = new AtomicReference<>();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      reply.set(api.call("POST", "/api/v1/orders", customer, body, "Idempotency-Key", UUID.randomUUID().toString(),
          "traceparent", "00-" + trace + "-" + hex(8) + "-01"));
      return reply.get().status() != 422 || !reply.get().body().contains("unknown product");
    });
    return reply.get().expect(202).json().getString("id");
  }

  /** Waits until the timeline holds {@code count} events (the last ones come from inventory after the end). */
  private static List<JsonObject> awaitTimeline(String id, int count) {
    AtomicReference<JsonObject> timeline = new AtomicReference<>();
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
      timeline.set(api.call("GET", path(id), admin, null).expect(200).json());
      return timeline.get().getJsonArray("events").size() >= count;
    });
    assertThat(timeline.get().getString("orderId")).isEqualTo(id);
    return timeline.get().getJsonArray("events").stream().map(JsonObject.class::cast).toList();
  }

  private static String path(String id) {
    return "/api/v1/admin/orders/" + id + "/timeline";
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().getInteger("status")).isEqualTo(status);
  }

  private static String hex(int bytes) {
    byte[] buffer = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(buffer);
    return HexFormat.of().formatHex(buffer);
  }
}
