package org.bazaar.loadgen.generator;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

/**
 * What one operation did in one step: successes, failures (errors and operations still running at the drain
 * deadline) and the latency of every operation from its intended start, failed ones included.
 */
public final class OperationStats {

  private static final int KEPT_ERRORS = 5;

  final Histogram latency = Latencies.histogram();
  long succeeded;
  long failed;
  final List<String> sampleErrors = new ArrayList<>();

  void success(long nanos) {
    succeeded++;
    Latencies.record(latency, nanos);
  }

  void failure(long nanos, String error) {
    failed++;
    Latencies.record(latency, nanos);
    if (sampleErrors.size() < KEPT_ERRORS && !sampleErrors.contains(error)) {
      sampleErrors.add(error);
    }
  }

  void add(OperationStats other) {
    latency.add(other.latency);
    succeeded += other.succeeded;
    failed += other.failed;
    for (String error : other.sampleErrors) {
      if (sampleErrors.size() < KEPT_ERRORS && !sampleErrors.contains(error)) {
        sampleErrors.add(error);
      }
    }
  }

  public Histogram latency() {
    return latency;
  }

  public long succeeded() {
    return succeeded;
  }

  public long failed() {
    return failed;
  }

  public double errorRatio() {
    long total = succeeded + failed;
    return total == 0 ? 0 : (double) failed / total;
  }

  public List<String> sampleErrors() {
    return List.copyOf(sampleErrors);
  }

  public double p50() {
    return Latencies.millis(latency, 50);
  }

  public double p99() {
    return Latencies.millis(latency, 99);
  }

  public double max() {
    return latency.getTotalCount() == 0 ? 0 : latency.getMaxValue() / 1_000_000.0;
  }
}
