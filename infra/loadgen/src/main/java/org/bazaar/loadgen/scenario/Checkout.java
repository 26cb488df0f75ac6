package org.bazaar.loadgen.scenario;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.loadgen.generator.Lane;
import org.bazaar.loadgen.generator.Scenario;

/**
 * Signed-in customers place an order (one line, {@code Idempotency-Key}, an approving payment token) and follow
 * it on its status stream; the operation ends when the order is CONFIRMED or CANCELLED, so its latency is
 * placed → terminal, measured from the intended start.
 */
public final class Checkout implements Scenario {

  public static final String ORDER = "order to terminal status";

  private final Shop shop;
  private final AtomicLong confirmed = new AtomicLong();
  private final AtomicLong cancelled = new AtomicLong();

  public Checkout(Shop shop) {
    this.shop = shop;
  }

  @Override
  public Started start(Lane lane, long sequence) {
    return new Started(ORDER, place(lane));
  }

  Future<String> place(Lane lane) {
    String token = shop.anyCustomer();
    JsonObject order = new JsonObject()
        .put("items", new JsonArray().add(new JsonObject().put("productId", shop.anyProduct()).put("quantity", 1)))
        .put("paymentToken", "tok_ok");
    var options = Http.request(shop.target(), HttpMethod.POST, "/api/v1/orders", token)
        .putHeader("Idempotency-Key", UUID.randomUUID().toString());
    return Http.send(lane.http(), options, order, 202)
        .compose(accepted -> OrderStream.terminalStatus(lane.http(), shop.target(),
            accepted.toJsonObject().getString("id"), token))
        .onSuccess(status -> ("CONFIRMED".equals(status) ? confirmed : cancelled).incrementAndGet());
  }

  public long confirmed() {
    return confirmed.get();
  }

  public long cancelled() {
    return cancelled.get();
  }
}
