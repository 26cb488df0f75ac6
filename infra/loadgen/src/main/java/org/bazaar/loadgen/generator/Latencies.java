package org.bazaar.loadgen.generator;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/** Histogram helpers: latencies are recorded in nanoseconds and read out in milliseconds. */
public final class Latencies {

  static final long HIGHEST = TimeUnit.MINUTES.toNanos(10);

  private Latencies() {
  }

  public static Histogram histogram() {
    return new Histogram(HIGHEST, 3);
  }

  public static void record(Histogram histogram, long nanos) {
    histogram.recordValue(Math.max(0, Math.min(HIGHEST, nanos)));
  }

  /** The value at a percentile (0..100) in milliseconds; 0 for an empty histogram. */
  public static double millis(Histogram histogram, double percentile) {
    if (histogram.getTotalCount() == 0) {
      return 0;
    }
    return histogram.getValueAtPercentile(percentile) / 1_000_000.0;
  }
}
