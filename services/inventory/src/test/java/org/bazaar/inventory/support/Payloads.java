package org.bazaar.inventory.support;

import io.vertx.core.json.JsonObject;

/** The JSON parts of stock event payloads, as tests expect them. */
public final class Payloads {

  private Payloads() {
  }

  public static JsonObject line(String sku, int quantity) {
    return new JsonObject().put("sku", sku).put("quantity", quantity);
  }

  public static JsonObject level(String sku, int onHand, int reserved, long version) {
    return new JsonObject().put("sku", sku).put("onHand", onHand).put("reserved", reserved)
        .put("available", onHand - reserved).put("version", version);
  }

  public static JsonObject shortage(String sku, int requested, int available) {
    return new JsonObject().put("sku", sku).put("requested", requested).put("available", available);
  }
}
