package org.bazaar.platform.metrics;

import java.time.Duration;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Gives every Bazaar timer ({@code bazaar.*}) the same histogram buckets, from a millisecond to a minute, so
 * that p99 and SLO ratios can be computed in PromQL. A timer that sets its own buckets keeps them.
 */
final class LatencyHistograms implements MeterFilter {

  static final Duration[] BUCKETS = Stream.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000,
      60_000).map(Duration::ofMillis).toArray(Duration[]::new);

  private static final DistributionStatisticConfig CONFIG = DistributionStatisticConfig.builder()
      .serviceLevelObjectives(Stream.of(BUCKETS).mapToDouble(Duration::toNanos).toArray())
      .build();

  @Override
  public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
    if (id.getType() != Meter.Type.TIMER || !id.getName().startsWith("bazaar.")) {
      return config;
    }
    return config.merge(CONFIG);
  }
}
