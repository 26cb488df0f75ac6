package org.bazaar.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.events.product.ProductDiscontinued;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecommendationsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static TestRecommendations service;

  @BeforeAll
  static void start() {
    service = TestRecommendations.start();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void productsBoughtTogether_appearAsOrdersArrive_rankedByCountThenName() {
    UUID anchor = service.product("Anchor");
    UUID often = service.product("Zebra often");
    UUID twice = service.product("Yak twice");
    UUID onceB = service.product("Bravo once");
    UUID onceA = service.product("Alpha once");
    assertThat(service.recommendations(anchor)).isEmpty();

    service.order(anchor, often);
    await().atMost(PATIENCE).until(() -> service.recommendations(anchor).equals(List.of(often.toString())));
    assertThat(service.recommendations(often)).containsExactly(anchor.toString());

    service.order(anchor, often, twice);
    service.order(often, anchor);
    service.order(twice, anchor);
    service.order(anchor, onceB);
    service.order(onceA, anchor);
    List<String> ranked = List.of(often.toString(), twice.toString(), onceA.toString(), onceB.toString());
    await().atMost(PATIENCE).until(() -> service.recommendations(anchor).equals(ranked));
    assertThat(service.recommendations(often)).containsExactly(anchor.toString(), twice.toString());
    assertThat(service.recommendations(twice)).containsExactly(anchor.toString(), often.toString());

    assertThat(service.ids("/products/" + anchor + "/recommendations?limit=2"))
        .containsExactly(often.toString(), twice.toString());
  }

  @Test
  void theDefaultLimitIsFive_andAProductIsNeverRecommendedBesideItself() {
    UUID anchor = service.product("Hub");
    List<UUID> others = java.util.stream.IntStream.range(0, 7).mapToObj(i -> service.product("Spoke " + i)).toList();
    UUID[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(anchor, anchor), others.stream())
        .toArray(UUID[]::new);
    service.order(all);
    await().atMost(PATIENCE).until(() -> service.recommendations(anchor).size() == 7);
    List<String> defaults = service.ids("/products/" + anchor + "/recommendations");
    assertThat(defaults).hasSize(5).doesNotContain(anchor.toString())
        .containsExactlyElementsOf(others.subList(0, 5).stream().map(UUID::toString).toList());
  }

  @Test
  void discontinuedProducts_areNeverRecommended() {
    UUID anchor = service.product("Lamp");
    UUID bulb = service.product("Bulb");
    UUID shade = service.product("Shade");
    service.order(anchor, bulb, shade);
    await().atMost(PATIENCE).until(() -> service.recommendations(anchor).size() == 2);

    service.publish(new ProductDiscontinued(bulb, "SKU-BULB", Instant.now()));
    await().atMost(PATIENCE).until(() -> service.recommendations(anchor).equals(List.of(shade.toString())));
    assertThat(service.recommendations(shade)).containsExactly(anchor.toString());
  }

  @Test
  void aRecommendation_isAProductWithItsPriceAndAvailability() {
    UUID anchor = service.product("Kettle");
    UUID tea = service.product("Tea", 450);
    service.order(anchor, tea);
    await().atMost(PATIENCE).until(() -> service.recommendations(anchor).size() == 1);
    JsonObject item = service.get("/products/" + anchor + "/recommendations").bodyAsJsonObject()
        .getJsonArray("items").getJsonObject(0);
    assertThat(item.fieldNames()).containsExactlyInAnyOrder("id", "sku", "name", "description", "price", "available");
    assertThat(item.getString("name")).isEqualTo("Tea");
    assertThat(item.getString("description")).isEqualTo("About Tea");
    assertThat(item.getJsonObject("price")).isEqualTo(new JsonObject().put("amount", 450).put("currency", "EUR"));
    assertThat(item.getInteger("available")).isZero();
  }

  @Test
  void anUnknownOrMalformedProduct_hasNoRecommendations() {
    assertThat(service.ids("/products/" + UUID.randomUUID() + "/recommendations")).isEmpty();
    assertThat(service.ids("/products/not-a-uuid/recommendations")).isEmpty();
  }

  @Test
  void aLimitOutside1To20_isABadRequest_namingTheField() {
    for (String limit : List.of("0", "21", "abc", "")) {
      HttpResponse<Buffer> response = service.get("/products/" + UUID.randomUUID() + "/recommendations?limit=" + limit);
      assertThat(response.statusCode()).as(limit).isEqualTo(400);
      assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
      assertThat(response.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("limit");
    }
  }

  @Test
  void healthAndMetrics_areServed() {
    assertThat(service.get("/health/live").statusCode()).isEqualTo(200);
    assertThat(service.get("/health/ready").statusCode()).isEqualTo(200);
    assertThat(service.get("/metrics").bodyAsString()).contains("service=\"recommendations\"");
  }
}
