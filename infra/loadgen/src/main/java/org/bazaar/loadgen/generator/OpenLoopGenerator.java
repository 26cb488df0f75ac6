package org.bazaar.loadgen.generator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * Runs scenarios at a fixed arrival rate, open loop: operations start on a schedule of intended start times,
 * never waiting for earlier ones to finish. The rate is split over a few lanes (event loops).
 */
public final class OpenLoopGenerator implements AutoCloseable {

  private final Vertx vertx;
  private final List<Lane> lanes = new ArrayList<>();

  public OpenLoopGenerator(int laneCount, int maxConnectionsPerLane) {
    this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(laneCount));
    for (int i = 0; i < laneCount; i++) {
      LaneHome home = new LaneHome();
      vertx.deployVerticle(home).await();
      lanes.add(new Lane(vertx, home.lane(), maxConnectionsPerLane));
    }
  }

  public Vertx vertx() {
    return vertx;
  }

  /**
   * One step: {@code warmup} at the rate (not recorded), then {@code measure} recorded, then up to {@code drain}
   * for operations still running; those still running after it count as failed.
   */
  public StepResult step(Scenario scenario, double rate, Duration warmup, Duration measure, Duration drain) {
    int laneCount = rate < 100 ? 1 : lanes.size();
    double laneRate = rate / laneCount;
    long start = System.nanoTime() + 5_000_000;
    List<Future<LaneStep>> running = new ArrayList<>();
    for (int i = 0; i < laneCount; i++) {
      long offset = Math.round(1e9 / rate) * i;
      running.add(new LaneStep(lanes.get(i), scenario, laneRate, start, warmup.toNanos(), measure.toNanos(),
          drain.toNanos(), offset).run());
    }
    List<LaneStep> done = Future.all(running).map(all -> all.<LaneStep>list()).await();
    return StepResult.merge(rate, measure.toNanos() / 1e9, done);
  }

  @Override
  public void close() {
    lanes.forEach(Lane::close);
    vertx.close().await();
  }
}
