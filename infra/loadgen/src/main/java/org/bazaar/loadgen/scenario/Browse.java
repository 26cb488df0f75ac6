package org.bazaar.loadgen.scenario;

import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.loadgen.generator.Lane;
import org.bazaar.loadgen.generator.Scenario;

/** Anonymous shoppers: product pages ({@code GET /api/v1/products/{id}}) and, for a share, searches. */
public record Browse(Shop shop, double searchShare) implements Scenario {

  public static final String PAGE = "product page";
  public static final String SEARCH = "search";

  @Override
  public Started start(Lane lane, long sequence) {
    if (ThreadLocalRandom.current().nextDouble() < searchShare) {
      String uri = "/api/v1/products?limit=20&q=" + shop.anySearchWord();
      return new Started(SEARCH, Http.send(lane.http(), Http.request(shop.target(), HttpMethod.GET, uri, null), null,
          200));
    }
    String uri = "/api/v1/products/" + shop.anyProduct();
    return new Started(PAGE, Http.send(lane.http(), Http.request(shop.target(), HttpMethod.GET, uri, null), null, 200)
        .compose(Browse::whole));
  }

  /**
   * A page answered without some of its parts (reviews, recommendations past their deadline or behind an open
   * breaker) is cheaper than a whole one: counted as an error, so a ramp cannot pass a step on degraded pages.
   */
  static Future<Buffer> whole(Buffer page) {
    JsonArray degraded = new JsonObject(page).getJsonArray("degraded");
    return degraded == null || degraded.isEmpty() ? Future.succeededFuture(page)
        : Future.failedFuture(new DegradedPage(degraded));
  }

  /** A product page that named parts in {@code degraded}. */
  public static final class DegradedPage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DegradedPage(JsonArray parts) {
      super("degraded page (without " + String.join(", ", parts.stream().map(String::valueOf).sorted().toList())
          + ")", null, false, false);
    }
  }
}
