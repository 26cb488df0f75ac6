package org.bazaar.loadgen.devstack;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' outbox commit → Kafka histogram ({@code bazaar_outbox_publish_latency_seconds}) read from their
 * {@code /metrics}: the buckets of every service summed, so two snapshots give the latency of what happened
 * in between. Empty when no service exposes the histogram.
 */
public final class OutboxHistogram {

  public static final String METRIC = "bazaar_outbox_publish_latency_seconds";
  private static final Pattern BUCKET =
      Pattern.compile("^" + METRIC + "_bucket\\{.*le=\"([^\"]+)\".*\\}\\s+([0-9.eE+-]+)$");

  private final Map<Double, Double> cumulative;

  private OutboxHistogram(Map<Double, Double> cumulative) {
    this.cumulative = cumulative;
  }

  public static OutboxHistogram scrape(List<String> metricsUrls) {
    return parse(MetricsPages.fetch(metricsUrls).values().toArray(String[]::new));
  }

  /** The histogram in Prometheus text exposition documents, one per service. */
  static OutboxHistogram parse(String... documents) {
    Map<Double, Double> buckets = new TreeMap<>();
    for (String document : documents) {
      add(buckets, document);
    }
    return new OutboxHistogram(buckets);
  }

  private static void add(Map<Double, Double> buckets, String document) {
    for (String line : document.split("\n")) {
      Matcher bucket = BUCKET.matcher(line.trim());
      if (bucket.matches()) {
        double le = bucket.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bucket.group(1));
        buckets.merge(le, Double.parseDouble(bucket.group(2)), Double::sum);
      }
    }
  }

  public boolean exists() {
    return !cumulative.isEmpty();
  }

  /** What was observed after {@code earlier}. */
  public OutboxHistogram since(OutboxHistogram earlier) {
    Map<Double, Double> delta = new TreeMap<>();
    cumulative.forEach((le, count) -> delta.put(le, count - earlier.cumulative.getOrDefault(le, 0.0)));
    return new OutboxHistogram(delta);
  }

  public double count() {
    return cumulative.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
  }

  /** The quantile (0..1) in ms, interpolated inside its bucket as Prometheus' histogram_quantile does. */
  public OptionalDouble quantileMillis(double quantile) {
    double total = count();
    if (total <= 0) {
      return OptionalDouble.empty();
    }
    double rank = quantile * total;
    double previousLe = 0;
    double previousCount = 0;
    for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
      if (bucket.getValue() >= rank) {
        if (bucket.getKey().isInfinite()) {
          return OptionalDouble.of(previousLe * 1000);
        }
        double inBucket = bucket.getValue() - previousCount;
        double fraction = inBucket <= 0 ? 1 : (rank - previousCount) / inBucket;
        return OptionalDouble.of((previousLe + (bucket.getKey() - previousLe) * fraction) * 1000);
      }
      previousLe = bucket.getKey();
      previousCount = bucket.getValue();
    }
    return OptionalDouble.empty();
  }
}
