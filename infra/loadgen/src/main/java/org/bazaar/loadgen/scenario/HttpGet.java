package org.bazaar.loadgen.scenario;

import io.vertx.core.http.HttpMethod;
import org.bazaar.loadgen.generator.Lane;
import org.bazaar.loadgen.generator.Scenario;

/** One GET of a fixed path expecting 200: drives the hello-world reference server. */
public record HttpGet(String operation, Target target, String path) implements Scenario {

  @Override
  public Started start(Lane lane, long sequence) {
    return new Started(operation, Http.send(lane.http(), Http.request(target, HttpMethod.GET, path, null), null, 200));
  }
}
