package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class ConcurrentOrdersE2EIT {

  @Test
  void fiftyConcurrentOrdersForTenUnits_confirmExactlyTen_andLeaveStockAtZero() {
    Api api = Shop.api();
    String admin = api.admin();
    JsonObject product = api.stockedProduct(admin, 199, 10);
    String customer = api.newCustomer();
    // make sure the orders service knows the product before the burst
    String warmup = api.placeOrder(customer, Api.order(product.getString("id"), 99, "tok_ok"),
        UUID.randomUUID().toString()).expect(202).json().getString("id");
    assertThat(api.awaitSettled(customer, warmup).getString("reason")).isEqualTo("OUT_OF_STOCK");

    List<CompletableFuture<Api.Reply>> burst = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      burst.add(api.send(api.request("POST", "/api/v1/orders", customer,
          Api.order(product.getString("id"), 1, "tok_ok"), "Idempotency-Key", UUID.randomUUID().toString())));
    }
    List<String> ids = burst.stream().map(CompletableFuture::join)
        .map(reply -> reply.expect(202).json().getString("id")).toList();

    List<JsonObject> settled = ids.stream().map(id -> api.awaitSettled(customer, id)).toList();
    Map<String, Long> outcomes = settled.stream().collect(Collectors.groupingBy(
        order -> order.getString("status") + "/" + order.getString("reason"), Collectors.counting()));
    assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(
        "CONFIRMED/null", 10L, "CANCELLED/OUT_OF_STOCK", 40L));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.stock(admin, product.getString("sku")))
        .isEqualTo(new JsonObject().put("sku", product.getString("sku")).put("onHand", 0).put("reserved", 0)
            .put("available", 0)));
  }
}
