package org.bazaar.loadgen.generator;

import java.util.HashMap;
import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import org.HdrHistogram.Histogram;

/**
 * One lane's share of a step, run entirely on the lane's event loop. A 1 ms tick starts every operation whose
 * intended start time has come, however late the tick is; latency is measured from the intended start, so a
 * stalled server or generator shows up as latency instead of as fewer requests (no coordinated omission).
 */
final class LaneStep {

  private final Lane lane;
  private final Scenario scenario;
  private final long intervalNanos;
  private final long measureFrom;
  private final long end;
  private final long drainNanos;
  private final Map<String, OperationStats> operations = new HashMap<>();
  private final Histogram sendLag = Latencies.histogram();
  private final Map<Long, Pending> inFlight = new HashMap<>();
  private final Promise<LaneStep> finished = Promise.promise();
  private long next;
  private long sequence;
  private long ticker = -1;
  private long drainTimer = -1;
  private boolean closed;

  private record Pending(String operation, long intended, boolean measured) {
  }

  LaneStep(Lane lane, Scenario scenario, double rate, long start, long warmupNanos, long measureNanos,
      long drainNanos, long offsetNanos) {
    this.lane = lane;
    this.scenario = scenario;
    this.intervalNanos = Math.max(1, Math.round(1e9 / rate));
    this.next = start + offsetNanos;
    this.measureFrom = start + warmupNanos;
    this.end = start + warmupNanos + measureNanos;
    this.drainNanos = drainNanos;
  }

  Future<LaneStep> run() {
    lane.context().runOnContext(v -> ticker = lane.vertx().setPeriodic(1, id -> tick()));
    return finished.future();
  }

  private void tick() {
    long now = System.nanoTime();
    while (next <= now && next < end) {
      fire(next, now);
      next += intervalNanos;
    }
    if (next >= end && ticker >= 0) {
      lane.vertx().cancelTimer(ticker);
      ticker = -1;
      drainTimer = lane.vertx().setTimer(Math.max(1, drainNanos / 1_000_000), id -> timeOutStragglers());
      finishIfDrained();
    }
  }

  private void fire(long intended, long now) {
    boolean measured = intended >= measureFrom;
    if (measured) {
      Latencies.record(sendLag, now - intended);
    }
    long id = sequence++;
    Scenario.Started started;
    try {
      started = scenario.start(lane, id);
    } catch (RuntimeException e) {
      started = new Scenario.Started("error", Future.failedFuture(e));
    }
    String operation = started.operation();
    inFlight.put(id, new Pending(operation, intended, measured));
    started.done().onComplete(result -> {
      Pending pending = inFlight.remove(id);
      if (closed || pending == null) {
        return;
      }
      if (pending.measured) {
        long latency = System.nanoTime() - intended;
        OperationStats stats = stats(operation);
        if (result.succeeded()) {
          stats.success(latency);
        } else {
          stats.failure(latency, describe(result.cause()));
        }
      }
      finishIfDrained();
    });
  }

  private void finishIfDrained() {
    if (ticker < 0 && inFlight.isEmpty() && !closed) {
      close();
    }
  }

  private void timeOutStragglers() {
    if (closed) {
      return;
    }
    long now = System.nanoTime();
    inFlight.values().stream().filter(Pending::measured)
        .forEach(p -> stats(p.operation).failure(now - p.intended, "still running at the drain deadline"));
    close();
  }

  private void close() {
    closed = true;
    inFlight.clear();
    if (drainTimer >= 0) {
      lane.vertx().cancelTimer(drainTimer);
    }
    finished.complete(this);
  }

  private OperationStats stats(String operation) {
    return operations.computeIfAbsent(operation, name -> new OperationStats());
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  Map<String, OperationStats> operations() {
    return operations;
  }

  Histogram sendLag() {
    return sendLag;
  }
}
