package org.bazaar.devstack.e2e;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.vertx.core.json.JsonObject;

/** A client of the edge's public v1 API, as a front end would call it, with helpers for common set-up. */
public final class Api {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(String base) {
    this.base = base;
  }

  public Reply call(String method, String path, String token, JsonObject body, String... headers) {
    try {
      return send(request(method, path, token, body, headers)).join();
    } catch (RuntimeException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    }
  }

  public CompletableFuture<Reply> send(HttpRequest request) {
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(Reply::new);
  }

  public HttpRequest request(String method, String path, String token, JsonObject body, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (body != null) {
      builder.header("Content-Type", "application/json");
    }
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  /** Registers a new customer and returns its access token. */
  public String newCustomer() {
    String email = "shopper-" + UUID.randomUUID() + "@example.com";
    call("POST", "/api/v1/accounts", null, new JsonObject().put("email", email).put("password", "correct-horse")
        .put("name", "Shopper")).expect(201);
    return login(email, "correct-horse");
  }

  public String admin() {
    return login("admin@bazaar.local", "admin-password");
  }

  public String login(String email, String password) {
    return call("POST", "/api/v1/sessions", null, new JsonObject().put("email", email).put("password", password))
        .expect(200).json().getString("accessToken");
  }

  /** Creates a product priced {@code price} cents and waits until inventory knows it, then stocks it. */
  public JsonObject stockedProduct(String admin, long price, int units) {
    String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObject product = call("POST", "/api/v1/products", admin, new JsonObject().put("sku", sku)
        .put("name", "Thing " + sku).put("description", "A thing")
        .put("price", new JsonObject().put("amount", price).put("currency", "EUR"))).expect(201).json();
    if (units > 0) {
      AtomicReference<Reply> adjusted = new AtomicReference<>();
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        adjusted.set(call("POST", "/api/v1/inventory/" + sku + "/adjustments", admin,
            new JsonObject().put("delta", units).put("reason", "initial stock")));
        return adjusted.get().status() != 404;
      });
      adjusted.get().expect(200);
    }
    return product;
  }

  /** Places an order once the orders service knows the products (it learns them from events). */
  public Reply placeOrder(String token, JsonObject body, String idempotencyKey) {
    AtomicReference<Reply> reply = new AtomicReference<>();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      reply.set(call("POST", "/api/v1/orders", token, body, "Idempotency-Key", idempotencyKey));
      return reply.get().status() != 422 || !reply.get().body().contains("unknown product");
    });
    return reply.get();
  }

  public static JsonObject order(String productId, int quantity, String paymentToken) {
    return new JsonObject().put("items", new io.vertx.core.json.JsonArray()
        .add(new JsonObject().put("productId", productId).put("quantity", quantity)))
        .put("paymentToken", paymentToken);
  }

  /** Waits until the order leaves PENDING and returns it. */
  public JsonObject awaitSettled(String token, String orderId) {
    AtomicReference<JsonObject> order = new AtomicReference<>();
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
      order.set(call("GET", "/api/v1/orders/" + orderId, token, null).expect(200).json());
      return !"PENDING".equals(order.get().getString("status"));
    });
    return order.get();
  }

  public JsonObject stock(String admin, String sku) {
    return call("GET", "/api/v1/inventory/" + sku, admin, null).expect(200).json();
  }

  /** One HTTP answer. */
  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    Reply(HttpResponse<String> response) {
      this(response.statusCode(), response.body(), response.headers());
    }

    public Reply expect(int expected) {
      if (status != expected) {
        throw new AssertionError("expected " + expected + " but got " + status + ": " + body);
      }
      return this;
    }

    public JsonObject json() {
      return new JsonObject(body);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

}
