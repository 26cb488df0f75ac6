package org.bazaar.devstack.survival;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;
import org.bazaar.devstack.e2e.Api;

/**
 * A steady stream of orders through the edge from several customers for a few products, one every
 * {@code interval}: mostly approving payment tokens, one in five declining. Remembers every order the edge
 * accepted (202) and counts every other answer, whatever is down at the time.
 */
final class OrderLoad {

  /** An order the edge accepted. */
  record Placed(String id, String customer, String sku, int quantity) {
  }

  private final Api api;
  private final List<String> customers;
  private final List<JsonObject> products;
  private final Random random = new Random(7);
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final List<CompletableFuture<Void>> inFlight = new ArrayList<>();
  private final List<Placed> accepted = new ArrayList<>();
  private final Map<String, Integer> refused = new TreeMap<>();
  private int attempts;

  OrderLoad(Api api, List<String> customers, List<JsonObject> products) {
    this.api = api;
    this.customers = List.copyOf(customers);
    this.products = List.copyOf(products);
  }

  void start(Duration interval) {
    timer.scheduleAtFixedRate(this::placeOne, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  synchronized int attempts() {
    return attempts;
  }

  synchronized int acceptedCount() {
    return accepted.size();
  }

  /** Stops placing orders, waits for the answers still on their way, and returns the accepted orders. */
  List<Placed> stop() {
    timer.shutdownNow();
    List<CompletableFuture<Void>> pending;
    synchronized (this) {
      pending = List.copyOf(inFlight);
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
    synchronized (this) {
      return List.copyOf(accepted);
    }
  }

  /** Answers other than 202, by status ("no answer" when the edge could not be reached). */
  synchronized Map<String, Integer> refused() {
    return Map.copyOf(refused);
  }

  private void placeOne() {
    String customer;
    JsonObject product;
    int quantity;
    String token;
    synchronized (this) {
      attempts++;
      customer = customers.get(random.nextInt(customers.size()));
      product = products.get(random.nextInt(products.size()));
      quantity = 1 + random.nextInt(2);
      token = random.nextInt(5) == 0 ? "tok_decline" : "tok_ok";
    }
    CompletableFuture<Void> answer = api.send(api.request("POST", "/api/v1/orders", customer,
            Api.order(product.getString("id"), quantity, token), "Idempotency-Key", UUID.randomUUID().toString()))
        .handle((reply, failure) -> {
          synchronized (this) {
            if (failure == null && reply.status() == 202) {
              accepted.add(new Placed(reply.json().getString("id"), customer, product.getString("sku"), quantity));
            } else {
              refused.merge(failure == null ? Integer.toString(reply.status()) : "no answer", 1, Integer::sum);
            }
          }
          return null;
        });
    synchronized (this) {
      inFlight.removeIf(CompletableFuture::isDone);
      inFlight.add(answer);
    }
  }
}
