package org.bazaar.orders.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class PlainJsonTest {

  @Test
  void theSameBody_withKeysInAnotherOrderOrOtherWhitespace_hasTheSameHash() {
    JsonObject a = new JsonObject("{\"paymentToken\":\"tok_ok\",\"items\":[{\"quantity\":2,\"productId\":\"p\"}]}");
    JsonObject b = new JsonObject("{ \"items\" : [ { \"productId\" : \"p\", \"quantity\" : 2 } ],\n"
        + " \"paymentToken\" : \"tok_ok\" }");

    assertThat(PlainJson.canonical(a)).isEqualTo("{\"items\":[{\"productId\":\"p\",\"quantity\":2}],"
        + "\"paymentToken\":\"tok_ok\"}");
    assertThat(PlainJson.sha256(a)).isEqualTo(PlainJson.sha256(b)).hasSize(64);
  }

  @Test
  void anotherBody_hasAnotherHash() {
    JsonObject a = new JsonObject("{\"items\":[{\"productId\":\"p\",\"quantity\":2}],\"paymentToken\":\"tok_ok\"}");
    JsonObject b = new JsonObject("{\"items\":[{\"productId\":\"p\",\"quantity\":3}],\"paymentToken\":\"tok_ok\"}");
    JsonObject c = new JsonObject("{\"items\":[{\"productId\":\"p\",\"quantity\":2}],\"paymentToken\":\"tok_ok\","
        + "\"note\":null}");

    assertThat(PlainJson.sha256(a)).isNotEqualTo(PlainJson.sha256(b)).isNotEqualTo(PlainJson.sha256(c));
  }

  @Test
  void programmaticallyBuiltJson_isPlainToo() {
    JsonObject built = new JsonObject().put("items", new io.vertx.core.json.JsonArray()
        .add(new JsonObject().put("quantity", 1).put("productId", "p"))).put("paymentToken", "t");

    assertThat(PlainJson.map(built).get("items")).isInstanceOf(java.util.List.class);
    assertThat(PlainJson.canonical(built)).isEqualTo("{\"items\":[{\"productId\":\"p\",\"quantity\":1}],"
        + "\"paymentToken\":\"t\"}");
  }
}
