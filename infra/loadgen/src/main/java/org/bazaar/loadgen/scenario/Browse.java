package org.bazaar.loadgen.scenario;

import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.http.HttpMethod;
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
    return new Started(PAGE, Http.send(lane.http(), Http.request(shop.target(), HttpMethod.GET, uri, null), null, 200));
  }
}
