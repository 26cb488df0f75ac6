package org.bazaar.loadgen.generator;

import io.vertx.core.Future;

/** What the generator starts at each intended start time: one operation, named so mixes keep one histogram each. */
@FunctionalInterface
public interface Scenario {

  /** Starts one operation on the calling lane's event loop; {@code done} completes when the operation has ended. */
  Started start(Lane lane, long sequence);

  /** An operation in flight: its name and the future that completes when it is over (failed on any error). */
  record Started(String operation, Future<?> done) {
  }
}
