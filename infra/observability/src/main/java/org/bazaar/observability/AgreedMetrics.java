package org.bazaar.observability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metric names the services agreed to serve on {@code /metrics} (Prometheus names; every meter carries a
 * {@code service} tag). Alert rules and dashboards may name only these, so a rename shows up as a failing test
 * instead of a silent, empty panel or an alert that can never fire.
 */
public final class AgreedMetrics {

  /** How a meter appears in a scrape. */
  public enum Kind {
    /** one series, the name itself (counters end in {@code _total}) */
    SINGLE(List.of("")),
    /** a timer published with histogram buckets: {@code _bucket}, {@code _count}, {@code _sum}, {@code _max} */
    HISTOGRAM(List.of("_bucket", "_count", "_sum", "_max"));

    private final List<String> suffixes;

    Kind(List<String> suffixes) {
      this.suffixes = suffixes;
    }

    public List<String> suffixes() {
      return suffixes;
    }
  }

  public static final Map<String, Kind> METERS = Map.ofEntries(
      // outbox and relay
      Map.entry("bazaar_outbox_pending", Kind.SINGLE),
      Map.entry("bazaar_outbox_oldest_age_seconds", Kind.SINGLE),
      Map.entry("bazaar_outbox_published_total", Kind.SINGLE),
      Map.entry("bazaar_outbox_publish_failures_total", Kind.SINGLE),
      Map.entry("bazaar_outbox_publish_latency_seconds", Kind.HISTOGRAM),
      // consumers
      Map.entry("bazaar_consumer_lag", Kind.SINGLE),
      Map.entry("bazaar_events_processed_total", Kind.SINGLE),
      Map.entry("bazaar_event_processing_seconds", Kind.HISTOGRAM),
      Map.entry("bazaar_events_retried_total", Kind.SINGLE),
      Map.entry("bazaar_events_skipped_total", Kind.SINGLE),
      Map.entry("bazaar_events_dead_lettered_total", Kind.SINGLE),
      // breakers
      Map.entry("bazaar_breaker_state", Kind.SINGLE),
      Map.entry("bazaar_breaker_calls_total", Kind.SINGLE),
      // Vert.x HTTP server (route label on)
      Map.entry("vertx_http_server_requests_total", Kind.SINGLE),
      Map.entry("vertx_http_server_response_time_seconds", Kind.HISTOGRAM),
      // orders
      Map.entry("bazaar_orders_placed_total", Kind.SINGLE),
      Map.entry("bazaar_saga_outcomes_total", Kind.SINGLE),
      Map.entry("bazaar_saga_duration_seconds", Kind.HISTOGRAM),
      Map.entry("bazaar_orders_deadline_cancelled_total", Kind.SINGLE),
      // inventory
      Map.entry("bazaar_reservations_total", Kind.SINGLE),
      // payments
      Map.entry("bazaar_payments_total", Kind.SINGLE),
      Map.entry("bazaar_payment_provider_seconds", Kind.HISTOGRAM),
      // edge
      Map.entry("bazaar_rate_limited_total", Kind.SINGLE),
      Map.entry("bazaar_order_watchers", Kind.SINGLE),
      Map.entry("bazaar_order_feed_partitions", Kind.SINGLE));

  /** Families agreed by prefix: Micrometer's JVM, process and system binders, and the Vert.x HTTP client. */
  public static final List<String> FAMILIES = List.of("jvm_", "process_", "system_", "vertx_http_client_");

  /** Series Prometheus adds to every scrape target itself; no service serves them. */
  public static final Set<String> SCRAPE_SERIES = Set.of("up");

  /** Labels Prometheus gives a series from its scrape target; the services do not serve them. */
  public static final Set<String> TARGET_LABELS = Set.of("namespace", "instance", "job", "pod", "container",
      "endpoint");

  private AgreedMetrics() {
  }

  /** Whether a series name, as written in PromQL (e.g. {@code x_seconds_bucket}), is an agreed one. */
  public static boolean isAgreed(String series) {
    return meterOf(series).isPresent() || FAMILIES.stream().anyMatch(series::startsWith)
        || SCRAPE_SERIES.contains(series);
  }

  /** Whether a running service serves the series (false for what Prometheus adds itself, such as {@code up}). */
  public static boolean isServedByServices(String series) {
    return !SCRAPE_SERIES.contains(series);
  }

  /** The agreed meter a series belongs to: {@code x_seconds} for {@code x_seconds_bucket}. */
  public static Optional<String> meterOf(String series) {
    return METERS.entrySet().stream()
        .filter(meter -> meter.getValue().suffixes().stream().anyMatch(s -> series.equals(meter.getKey() + s)))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
