package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class LiveOrderStatusE2EIT {

  private final Api api = Shop.api();

  @Test
  void theStreamShowsPendingThenTheTerminalStatus_andCloses() throws Exception {
    String admin = api.admin();
    JsonObject product = api.stockedProduct(admin, 100, 5);
    String customer = api.newCustomer();
    // the slow token keeps the order pending long enough to watch it change
    String id = api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_slow"),
        UUID.randomUUID().toString()).expect(202).json().getString("id");

    HttpRequest request = HttpRequest.newBuilder(URI.create(Shop.devstack().edgeUrl() + "/api/v1/orders/" + id
        + "/events")).header("Authorization", "Bearer " + customer).header("Accept", "text/event-stream").build();
    CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
        .sendAsync(request, HttpResponse.BodyHandlers.ofLines());

    HttpResponse<Stream<String>> stream = response.get(10, TimeUnit.SECONDS);
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    // the stream ends by itself after the terminal status; collecting it proves it closed
    List<JsonObject> events = CompletableFuture.supplyAsync(() -> stream.body()
            .filter(line -> line.startsWith("data:"))
            .map(line -> new JsonObject(line.substring(5).trim())).toList())
        .get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);

    assertThat(events).extracting(e -> e.getString("status")).first().isEqualTo("PENDING");
    assertThat(events).last().satisfies(e -> {
      assertThat(e.getString("status")).isEqualTo("CANCELLED");
      assertThat(e.getString("reason")).isEqualTo("PAYMENT_UNAVAILABLE");
      assertThat(e.getString("id")).isEqualTo(id);
    });
  }

  @Test
  void anotherUsersOrderStream_isNotFound() {
    String admin = api.admin();
    JsonObject product = api.stockedProduct(admin, 100, 5);
    String owner = api.newCustomer();
    String id = api.placeOrder(owner, Api.order(product.getString("id"), 1, "tok_ok"),
        UUID.randomUUID().toString()).expect(202).json().getString("id");

    assertThat(api.call("GET", "/api/v1/orders/" + id + "/events", api.newCustomer(), null).status())
        .isEqualTo(404);
  }
}
