package org.bazaar.paymentsimulator;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Per order: how many charge attempts the simulator received and how many charges it made. */
public record ChargeSummary(List<PerOrder> orders) {

  /** One order's attempts and successful charges; more than one charge means the order was charged twice. */
  public record PerOrder(String orderId, int attempts, int successfulCharges) {
  }

  public int attempts() {
    return orders.stream().mapToInt(PerOrder::attempts).sum();
  }

  public int successfulCharges() {
    return orders.stream().mapToInt(PerOrder::successfulCharges).sum();
  }

  /** The orders with more than one successful charge: empty when nothing was charged twice. */
  public List<String> chargedMoreThanOnce() {
    return orders.stream().filter(o -> o.successfulCharges() > 1).map(PerOrder::orderId).toList();
  }

  public JsonObject toJson() {
    JsonArray perOrder = new JsonArray();
    orders.forEach(o -> perOrder.add(new JsonObject().put("orderId", o.orderId()).put("attempts", o.attempts())
        .put("successfulCharges", o.successfulCharges())));
    return new JsonObject()
        .put("totals", new JsonObject()
            .put("orders", orders.size())
            .put("attempts", attempts())
            .put("successfulCharges", successfulCharges())
            .put("ordersChargedMoreThanOnce", new JsonArray(chargedMoreThanOnce())))
        .put("orders", perOrder);
  }

  public static ChargeSummary fromJson(JsonObject json) {
    return new ChargeSummary(json.getJsonArray("orders").stream()
        .map(JsonObject.class::cast)
        .map(o -> new PerOrder(o.getString("orderId"), o.getInteger("attempts"), o.getInteger("successfulCharges")))
        .toList());
  }
}
