package org.bazaar.loadgen.generator;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/** An empty verticle whose only use is the event loop context it is deployed on: one per lane. */
final class LaneHome extends VerticleBase {

  @Override
  public Future<?> start() {
    return Future.succeededFuture();
  }

  Context lane() {
    return context;
  }
}
