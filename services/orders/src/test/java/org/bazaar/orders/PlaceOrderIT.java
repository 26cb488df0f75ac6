package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceOrderIT {

  private static OrdersHarness orders;
  private static UUID mug;
  private static UUID tea;
  private final UUID customer = UUID.randomUUID();

  @BeforeAll
  static void start() {
    orders = OrdersHarness.start(Map.of());
    mug = orders.product("MUG-1", 1250);
    tea = orders.product("TEA-1", 399);
  }

  @AfterAll
  static void stop() {
    orders.close();
  }

  @Test
  void aNewOrder_isAccepted_withItsLocation() {
    HttpResponse<Buffer> response = orders.placeOrder(customer, "k-1", OrdersHarness.order("tok_ok", mug, 2, tea, 1));

    assertThat(response.statusCode()).isEqualTo(202);
    String id = response.bodyAsJsonObject().getString("id");
    assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("id", id).put("status", "PENDING"));
    assertThat(response.getHeader("Location")).isEqualTo("/api/v1/orders/" + id);

    JsonObject order = orders.get(customer, "/orders/" + id).bodyAsJsonObject();
    assertThat(order.getString("status")).isEqualTo("PENDING");
    assertThat(order.getJsonObject("total")).isEqualTo(new JsonObject().put("amount", 2899).put("currency", "EUR"));
    assertThat(order.getJsonArray("items")).hasSize(2);
    assertThat(order.getString("createdAt")).endsWith("Z");
  }

  @Test
  void aRepeatWithTheSameKeyAndBody_returnsTheFirstAnswer_andCreatesOneOrder() {
    HttpResponse<Buffer> first = orders.placeOrder(customer, "again", OrdersHarness.order("tok_ok", mug, 1));
    JsonObject sameBodyOtherKeyOrder = new JsonObject().put("paymentToken", "tok_ok")
        .put("items", OrdersHarness.order("x", mug, 1).getJsonArray("items"));
    HttpResponse<Buffer> second = orders.placeOrder(customer, "again", sameBodyOtherKeyOrder);
    assertThat(second.statusCode()).isEqualTo(202);
    assertThat(second.bodyAsJsonObject()).isEqualTo(first.bodyAsJsonObject());
    assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
    assertThat(second.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(ordersOf(customer)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBody_is422_andCreatesNothing() {
    orders.placeOrder(customer, "reused", OrdersHarness.order("tok_ok", mug, 1));
    HttpResponse<Buffer> other = orders.placeOrder(customer, "reused", OrdersHarness.order("tok_ok", mug, 2));
    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(other.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(ordersOf(customer)).isEqualTo(1);
  }

  @Test
  void theSameKeyFromAnotherCustomer_isAnotherOrder() {
    UUID other = UUID.randomUUID();
    orders.placeOrder(customer, "shared", OrdersHarness.order("tok_ok", mug, 1));
    assertThat(orders.placeOrder(other, "shared", OrdersHarness.order("tok_ok", mug, 1)).statusCode()).isEqualTo(202);
    assertThat(ordersOf(customer) + ordersOf(other)).isEqualTo(2);
  }

  @Test
  void twentyConcurrentRequestsWithTheSameKey_createOneOrder() {
    List<Future<HttpResponse<Buffer>>> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      requests.add(orders.request(HttpMethod.POST, "/orders", customer, "customer")
          .putHeader("Idempotency-Key", "burst").sendJsonObject(OrdersHarness.order("tok_ok", mug, 1, tea, 2)));
    }
    Future.all(requests).await();

    assertThat(requests).allSatisfy(r -> assertThat(r.result().statusCode()).isEqualTo(202));
    assertThat(requests.stream().map(r -> r.result().bodyAsJsonObject().getString("id")).distinct()).hasSize(1);
    assertThat(ordersOf(customer)).isEqualTo(1);
  }

  @Test
  void anUnknownProduct_is422_andLeavesTheKeyFreeForARetry() {
    UUID unknown = UUID.randomUUID();
    HttpResponse<Buffer> rejected = orders.placeOrder(customer, "later", OrdersHarness.order("tok_ok", mug, 1, unknown, 1));

    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.bodyAsJsonObject().getString("detail")).isEqualTo("unknown product " + unknown);
    assertThat(orders.count("SELECT count(*) FROM idempotency_keys WHERE customer_id = $1", customer)).isZero();

    HttpResponse<Buffer> retried = orders.placeOrder(customer, "later", OrdersHarness.order("tok_ok", mug, 1));
    assertThat(retried.statusCode()).isEqualTo(202);
  }

  @Test
  void anEmptyOrder_is422() {
    HttpResponse<Buffer> response = orders.placeOrder(customer, "empty", OrdersHarness.order("tok_ok"));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(ordersOf(customer)).isZero();
  }

  @Test
  void invalidRequests_are400_withFieldErrors() {
    assertThat(fields(orders.placeOrder(customer, null, OrdersHarness.order("tok_ok", mug, 1))))
        .containsExactly("Idempotency-Key");
    assertThat(fields(orders.placeOrder(customer, "k".repeat(65), OrdersHarness.order("tok_ok", mug, 1))))
        .containsExactly("Idempotency-Key");
    assertThat(orders.placeOrder(customer, "k".repeat(64), OrdersHarness.order("tok_ok", mug, 1)).statusCode())
        .isEqualTo(202);
    assertThat(fields(orders.placeOrder(customer, "bad", OrdersHarness.order("", "nope", 0))))
        .containsExactly("items[0].productId", "items[0].quantity", "paymentToken");
    assertThat(fields(orders.placeOrder(customer, "bad", new JsonObject().put("items", "all"))))
        .containsExactly("items", "paymentToken");
    HttpResponse<Buffer> notJson = orders.request(HttpMethod.POST, "/orders", customer, "customer")
        .putHeader("Idempotency-Key", "bad").sendBuffer(Buffer.buffer("{nope")).await();
    assertThat(notJson.statusCode()).isEqualTo(400);
    HttpResponse<Buffer> anonymous = orders.request(HttpMethod.POST, "/orders", null, null)
        .putHeader("Idempotency-Key", "bad").sendJsonObject(OrdersHarness.order("tok_ok", mug, 1)).await();
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(ordersOf(customer)).isEqualTo(1);
  }

  @Test
  void anotherCustomersOrder_is404_butAnAdminMayReadIt() {
    UUID order = orders.placedOrder(customer, mug, 1, "tok_ok");
    UUID stranger = UUID.randomUUID();
    assertThat(orders.get(stranger, "/orders/" + order).statusCode()).isEqualTo(404);
    assertThat(orders.get(customer, "/orders/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(orders.get(customer, "/orders/not-an-id").statusCode()).isEqualTo(404);
    HttpResponse<Buffer> admin = orders.request(HttpMethod.GET, "/orders/" + order, stranger, "customer,admin")
        .send().await();
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.bodyAsJsonObject().getString("id")).isEqualTo(order.toString());
  }

  @Test
  void theCustomersOrders_arePagedNewestFirst() {
    List<String> placed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      placed.add(orders.placedOrder(customer, mug, i + 1, "tok_ok").toString());
    }
    orders.placedOrder(UUID.randomUUID(), mug, 1, "tok_ok");

    List<String> seen = new ArrayList<>();
    String path = "/orders?limit=2";
    int pages = 0;
    while (path != null) {
      JsonObject page = orders.get(customer, path).bodyAsJsonObject();
      assertThat(page.getJsonArray("items").size()).isLessThanOrEqualTo(2);
      page.getJsonArray("items").forEach(item -> seen.add(((JsonObject) item).getString("id")));
      String next = page.getString("next");
      path = next == null ? null : "/orders?limit=2&cursor=" + next;
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    Collections.reverse(placed);
    assertThat(seen).containsExactlyElementsOf(placed);
    assertThat(orders.get(customer, "/orders").bodyAsJsonObject().getJsonArray("items")).hasSize(5);
    assertThat(orders.get(UUID.randomUUID(), "/orders").bodyAsJsonObject().getJsonArray("items")).isEmpty();
  }

  @Test
  void badPagingParameters_are400() {
    for (String query : List.of("limit=0", "limit=101", "limit=ten", "cursor=garbage")) {
      HttpResponse<Buffer> response = orders.get(customer, "/orders?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(fields(response)).hasSize(1);
    }
    assertThat(orders.get(customer, "/orders?limit=100").statusCode()).isEqualTo(200);
  }

  private long ordersOf(UUID who) {
    return orders.count("SELECT count(*) FROM orders WHERE customer_id = $1", who);
  }

  private static List<String> fields(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(400);
    return response.bodyAsJsonObject().getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("field")).toList();
  }
}
