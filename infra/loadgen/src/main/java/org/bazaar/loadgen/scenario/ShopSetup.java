package org.bazaar.loadgen.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;

/**
 * Prepares a shop for a run through its public API: products with plenty of stock (as the admin) and customer
 * accounts, signed in up front so sign-in cost stays out of the measured checkouts. Names carry the run id,
 * so runs against a long-lived shop do not collide.
 */
public final class ShopSetup {

  static final List<String> WORDS = List.of("lamp", "kettle", "chair", "teapot", "blanket", "mug", "clock", "vase");
  private static final Duration READ_MODEL_DEADLINE = Duration.ofSeconds(60);

  private final WebClient web;
  private final Target target;
  private final String runId;
  private final Consumer<String> log;

  public ShopSetup(Vertx vertx, Target target, String runId, Consumer<String> log) {
    this.web = WebClient.create(vertx);
    this.target = target;
    this.runId = runId;
    this.log = log;
  }

  public Shop prepare(String adminEmail, String adminPassword, int products, int customers) {
    String admin = signIn(adminEmail, adminPassword);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < products; i++) {
      ids.add(createProduct(admin, i));
    }
    for (int i = 0; i < products; i++) {
      addStock(admin, "bench-" + runId + "-" + i);
    }
    log.accept("created " + products + " products with stock; waiting for the catalog's read model");
    ids.forEach(this::awaitAvailable);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      String email = "bench-" + runId + "-" + i + "@bazaar.local";
      String password = "bench-password-" + runId;
      call(web.post(target.port(), target.host(), "/api/v1/accounts"),
          new JsonObject().put("email", email).put("password", password).put("name", "Bench customer " + i), 201);
      tokens.add(signIn(email, password));
    }
    log.accept("signed in " + customers + " customers");
    return new Shop(target, List.copyOf(ids), WORDS, List.copyOf(tokens));
  }

  private String signIn(String email, String password) {
    return call(web.post(target.port(), target.host(), "/api/v1/sessions"),
        new JsonObject().put("email", email).put("password", password), 200)
        .bodyAsJsonObject().getString("accessToken");
  }

  private String createProduct(String admin, int i) {
    String sku = "bench-" + runId + "-" + i;
    String word = WORDS.get(i % WORDS.size());
    JsonObject product = new JsonObject().put("sku", sku).put("name", "Bench " + word + " " + i)
        .put("description", "A " + word + " made for load tests.")
        .put("price", new JsonObject().put("amount", 1000 + i).put("currency", "EUR"));
    String id = call(web.post(target.port(), target.host(), "/api/v1/products").bearerTokenAuthentication(admin),
        product, 201).bodyAsJsonObject().getString("id");
    return id;
  }

  /** Inventory learns of a new SKU from the catalog's event, a moment after the product is created. */
  private void addStock(String admin, String sku) {
    long deadline = System.nanoTime() + READ_MODEL_DEADLINE.toNanos();
    while (true) {
      HttpResponse<Buffer> response = web.post(target.port(), target.host(), "/api/v1/inventory/" + sku + "/adjustments")
          .bearerTokenAuthentication(admin)
          .sendJsonObject(new JsonObject().put("delta", 1_000_000).put("reason", "load test")).await();
      if (response.statusCode() == 200) {
        return;
      }
      if (response.statusCode() != 404 || System.nanoTime() > deadline) {
        throw new IllegalStateException("setup: stock for " + sku + ": HTTP " + response.statusCode() + " "
            + response.bodyAsString());
      }
      pause(100);
    }
  }

  private void awaitAvailable(String id) {
    long deadline = System.nanoTime() + READ_MODEL_DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<Buffer> page = web.get(target.port(), target.host(), "/api/v1/products/" + id).send().await();
      if (page.statusCode() == 200 && page.bodyAsJsonObject().getInteger("available", 0) > 0) {
        return;
      }
      pause(100);
    }
    throw new IllegalStateException("product " + id + " did not show stock within " + READ_MODEL_DEADLINE);
  }

  /** Sends, waiting out 429s (the shop's rate limits) as {@code Retry-After} says. */
  private HttpResponse<Buffer> call(HttpRequest<Buffer> request, JsonObject body, int expected) {
    for (int attempt = 0; attempt < 30; attempt++) {
      HttpResponse<Buffer> response = request.sendJsonObject(body).await();
      if (response.statusCode() == expected) {
        return response;
      }
      if (response.statusCode() != 429) {
        throw new IllegalStateException("setup: HTTP " + response.statusCode() + " " + response.bodyAsString());
      }
      pause(1000L * Integer.parseInt(response.getHeader("Retry-After") == null ? "1" : response.getHeader("Retry-After")));
    }
    throw new IllegalStateException("setup: still rate limited after 30 attempts");
  }

  private static void pause(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Future<Void> close() {
    web.close();
    return Future.succeededFuture();
  }
}
