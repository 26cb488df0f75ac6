package org.bazaar.platform.metrics;

import java.time.Duration;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Gives every Bazaar timer ({@code bazaar.*}) and Vert.x timer ({@code vertx.*}, such as HTTP response times) the
 * same histogram buckets, from a millisecond to a minute, so that p99 and SLO ratios can be computed in PromQL.
 * A timer that sets its own buckets keeps them. Fifteen fixed buckets instead of Micrometer's percentile
 * histogram keep a service's scrape small: one HTTP route and code is 17 series, not about 70.
 */
final class LatencyHistograms implements MeterFilter {

  static final Duration[] BUCKETS = Stream.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000,
      60_000).map(Duration::ofMillis).toArray(Duration[]::new);

  private static final DistributionStatisticConfig CONFIG = DistributionStatisticConfig.builder()
      .serviceLevelObjectives(Stream.of(BUCKETS).mapToDouble(Duration::toNanos).toArray())
      .build();

  @Override
  public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
    String name = id.getName();
    if (id.getType() != Meter.Type.TIMER || !(name.startsWith("bazaar.") || name.startsWith("vertx."))) {
      return config;
    }
    return config.merge(CONFIG);
  }
}
