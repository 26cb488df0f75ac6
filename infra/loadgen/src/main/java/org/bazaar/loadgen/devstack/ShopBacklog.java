package org.bazaar.loadgen.devstack;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work the shop still has queued after the generator stopped: records its consumers have not finished
 * ({@code bazaar_consumer_lag}) and events its outboxes have not published ({@code bazaar_outbox_pending}), summed
 * over every service's {@code /metrics}. A step measured on top of a backlog measures the backlog.
 */
public final class ShopBacklog {

  private static final Pattern GAUGE =
      Pattern.compile("^(bazaar_consumer_lag|bazaar_outbox_pending)(\\{[^}]*\\})?\\s+([0-9.eE+-]+|NaN)$");
  /** The services read both gauges every 2 s at most: a reading this long after the load stopped is current. */
  private static final Duration GAUGE_AGE = Duration.ofMillis(2500);
  private static final Duration POLL = Duration.ofMillis(250);

  private ShopBacklog() {
  }

  /**
   * Returns once the shop has nothing queued, or when {@code deadline} passed; the backlog it saw last. Runs on
   * the bench's own thread: polling the gauges is the only way to see a backlog drain, so it pauses between reads.
   */
  public static double awaitDrained(List<String> metricsUrls, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    pause(GAUGE_AGE);
    double backlog = read(metricsUrls);
    while (backlog > 0 && System.nanoTime() < end) {
      pause(POLL);
      backlog = read(metricsUrls);
    }
    return backlog;
  }

  static double read(List<String> metricsUrls) {
    return MetricsPages.fetch(metricsUrls).values().stream().mapToDouble(ShopBacklog::parse).sum();
  }

  /** The backlog one Prometheus text document reports; unknown (NaN) gauges count as none. */
  static double parse(String document) {
    double sum = 0;
    for (String line : document.split("\n")) {
      Matcher gauge = GAUGE.matcher(line.trim());
      if (gauge.matches() && !"NaN".equals(gauge.group(3))) {
        sum += Double.parseDouble(gauge.group(3));
      }
    }
    return sum;
  }

  /** Between two reads of the services' metrics; on the bench's own main thread, never on an event loop. */
  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
