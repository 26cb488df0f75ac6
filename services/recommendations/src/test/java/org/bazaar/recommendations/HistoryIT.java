package org.bazaar.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.events.product.ProductDiscontinued;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HistoryIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2025-03-14T09:00:00Z");
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
  void history_isNewestFirst_withEachProductOnce() {
    UUID user = UUID.randomUUID();
    UUID mug = service.product("Mug");
    UUID tee = service.product("Tee");
    UUID cap = service.product("Cap");
    service.view(user, mug, T0);
    service.view(user, tee, T0.plusSeconds(1));
    service.view(user, mug, T0.plusSeconds(2));
    service.view(user, cap, T0.plusSeconds(3));
    service.view(user, tee, T0.plusSeconds(4));

    List<String> expected = List.of(tee.toString(), cap.toString(), mug.toString());
    await().atMost(PATIENCE).until(() -> service.history(user).equals(expected));
    assertThat(service.ids("/history/" + user + "?limit=2")).containsExactly(tee.toString(), cap.toString());
    assertThat(service.ids("/history/" + user)).containsExactlyElementsOf(expected);
  }

  @Test
  void aLateOlderView_neverMovesAProductDown() {
    UUID user = UUID.randomUUID();
    UUID first = service.product("First");
    UUID second = service.product("Second");
    service.view(user, first, T0.plusSeconds(10));
    service.view(user, second, T0.plusSeconds(5));
    service.view(user, first, T0);
    UUID marker = service.product("Marker");
    service.view(user, marker, T0.plusSeconds(1));

    await().atMost(PATIENCE).until(() -> service.history(user).size() == 3);
    assertThat(service.history(user)).containsExactly(first.toString(), second.toString(), marker.toString());
  }

  @Test
  void discontinuedProducts_areLeftOut_andEachShopperSeesOnlyTheirOwnViews() {
    UUID user = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    UUID kept = service.product("Kept");
    UUID gone = service.product("Gone");
    service.view(user, kept, T0);
    service.view(user, gone, T0.plusSeconds(1));
    service.view(other, gone, T0.plusSeconds(2));
    await().atMost(PATIENCE).until(() -> service.history(user).size() == 2 && service.history(other).size() == 1);

    service.publish(new ProductDiscontinued(gone, "SKU-GONE", Instant.now()));
    await().atMost(PATIENCE).until(() -> service.history(user).equals(List.of(kept.toString())));
    assertThat(service.history(other)).isEmpty();
  }

  @Test
  void aShoppersHistory_keepsOnlyTheNewest100Products() {
    UUID user = UUID.randomUUID();
    List<String> products = new ArrayList<>();
    for (int i = 0; i < 105; i++) {
      UUID product = service.product("Item " + i);
      products.add(product.toString());
      service.view(user, product, T0.plusSeconds(i));
    }
    List<String> newest = new ArrayList<>(products.subList(5, 105));
    Collections.reverse(newest);
    await().atMost(PATIENCE).until(() -> service.history(user).equals(newest));
    assertThat(service.count("SELECT count(*) FROM views WHERE user_id = $1", user)).isEqualTo(100L);
  }

  @Test
  void anUnknownOrMalformedUser_hasNoHistory() {
    assertThat(service.ids("/history/" + UUID.randomUUID())).isEmpty();
    assertThat(service.ids("/history/someone")).isEmpty();
  }

  @Test
  void aLimitOutside1To100_isABadRequest_namingTheField() {
    for (String limit : List.of("0", "101", "ten")) {
      HttpResponse<Buffer> response = service.get("/history/" + UUID.randomUUID() + "?limit=" + limit);
      assertThat(response.statusCode()).as(limit).isEqualTo(400);
      assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
      assertThat(response.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("limit");
    }
  }
}
