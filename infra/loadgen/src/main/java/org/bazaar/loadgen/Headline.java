package org.bazaar.loadgen;

import static org.bazaar.loadgen.Figures.millis;
import static org.bazaar.loadgen.Figures.mib;
import static org.bazaar.loadgen.Figures.percent;
import static org.bazaar.loadgen.Figures.rate;
import static org.bazaar.loadgen.Figures.seconds;
import static org.bazaar.loadgen.Figures.times;
import static org.bazaar.loadgen.Figures.verdict;

import java.util.Map;
import java.util.regex.Pattern;

import org.bazaar.loadgen.generator.OperationStats;
import org.bazaar.loadgen.scenario.Checkout;

/** The headline table of issue 8: each figure, its target, its reference limit from the same run and the ratio. */
final class Headline {

  static final long SERVICE_RSS_TARGET = 128L * 1024 * 1024;
  /** Processes of a process-per-service devstack that are not services. */
  static final Pattern INFRASTRUCTURE = Pattern.compile(".*devstack.*|kafka.*|mail.*|paymentsimulator.*|simulator.*");

  private final Findings f;
  private final StringBuilder md;

  Headline(Findings findings, StringBuilder md) {
    this.f = findings;
    this.md = md;
  }

  void write() {
    md.append("## Headline\n\n| Figure | Measured | Target | Reference limit (same run) | Ratio to reference "
        + "| Meets target |\n|---|---|---|---|---|---|\n");
    double hello = f.hello == null ? 0 : f.hello.maxRate();
    if (f.pages != null) {
      double pages = f.pages.maxRate();
      row("Product page max rate at p99 < 50 ms", rate(pages), "≥ 15 % of hello world",
          "hello world " + rate(hello), hello > 0 ? percent(pages / hello) : "–",
          hello > 0 ? verdict(pages / hello >= 0.15) : "–");
    }
    if (f.ordersAt100 != null) {
      OperationStats orders = f.ordersAt100.operation(Checkout.ORDER);
      double kafka50 = f.kafka == null ? 0 : f.kafka.p50Millis();
      double kafka99 = f.kafka == null ? 0 : f.kafka.p99Millis();
      String failed = orders.errorRatio() > 0.01 ? " (" + percent(orders.errorRatio()) + " failed)" : "";
      row("Order placed → terminal p50 at 100 orders/s", millis(orders.p50()) + failed, "≤ 30 ms",
          "Kafka produce → consume p50 " + millis(kafka50), kafka50 > 0 ? times(orders.p50() / kafka50) : "–",
          verdict(orders.p50() <= 30 && failed.isEmpty()));
      row("Order placed → terminal p99 at 100 orders/s", millis(orders.p99()) + failed, "≤ 100 ms",
          "Kafka produce → consume p99 " + millis(kafka99), kafka99 > 0 ? times(orders.p99() / kafka99) : "–",
          verdict(orders.p99() <= 100 && failed.isEmpty()));
    }
    if (f.orders != null) {
      double orders = f.orders.maxRate();
      double commits = f.commits == null ? 0 : f.commits.commitsPerSecond();
      row("Highest sustained orders/s with p99 < 1 s", rate(orders), "≥ 20 % of the commit rate",
          "single-row commits " + rate(commits), commits > 0 ? percent(orders / commits) : "–",
          commits > 0 ? verdict(orders / commits >= 0.2) : "–");
    }
    double kafka99 = f.kafka == null ? 0 : f.kafka.p99Millis();
    if (f.outboxMixedP99.isPresent() && f.mixed != null) {
      double p99 = f.outboxMixedP99.getAsDouble();
      row("Outbox commit → Kafka p99, mixed run at " + rate(f.mixed.targetRate()), millis(p99), "≤ 20 ms",
          "Kafka produce → consume p99 " + millis(kafka99), kafka99 > 0 ? times(p99 / kafka99) : "–",
          verdict(p99 <= 20));
    }
    if (f.outboxP99 != null) {
      row("Outbox commit → Kafka p99, every checkout step (overloads included)", millis(f.outboxP99),
          f.outboxMixedP99.isPresent() ? "–" : "≤ 20 ms", "Kafka produce → consume p99 " + millis(kafka99),
          kafka99 > 0 ? times(f.outboxP99 / kafka99) : "–",
          f.outboxMixedP99.isPresent() ? "–" : verdict(f.outboxP99 <= 20));
    }
    memoryRows();
    if (f.shopReady != null) {
      row("Devstack start → edge ready", seconds(f.shopReady), "≤ 20 s",
          f.helloReady == null ? "–" : "hello-world JVM " + seconds(f.helloReady),
          f.helloReady == null ? "–" : times((double) f.shopReady.toMillis() / Math.max(1, f.helloReady.toMillis())),
          verdict(f.shopReady.toSeconds() < 20));
    }
    md.append('\n');
  }

  private void memoryRows() {
    if (f.rssIdle.isEmpty()) {
      return;
    }
    String reference = f.helloRssIdle == null ? "–" : "hello-world JVM " + mib(f.helloRssIdle);
    long total = f.rssIdle.values().stream().mapToLong(Long::longValue).sum();
    var services = f.rssIdle.entrySet().stream().filter(e -> !INFRASTRUCTURE.matcher(e.getKey()).matches()).toList();
    if (!services.isEmpty()) {
      Map.Entry<String, Long> largest = services.stream().max(Map.Entry.comparingByValue()).orElseThrow();
      row("Idle RSS per service (largest: " + largest.getKey() + ")", mib(largest.getValue()), "≤ 128 MiB",
          reference, ratioTo(largest.getValue(), f.helloRssIdle), verdict(largest.getValue() <= SERVICE_RSS_TARGET));
    } else {
      row("Idle RSS per service", "n/a (one JVM; `--processes` measures it)", "≤ 128 MiB", reference, "–", "–");
    }
    row("Idle RSS, whole devstack", mib(total), "–", reference, ratioTo(total, f.helloRssIdle), "–");
    long loaded = f.rssLoaded.values().stream().mapToLong(Long::longValue).sum();
    if (loaded > 0) {
      String loadedReference = f.helloRssLoaded == null ? "–" : "hello-world JVM loaded " + mib(f.helloRssLoaded);
      row("Loaded RSS (peak), whole devstack", mib(loaded), "–", loadedReference, ratioTo(loaded, f.helloRssLoaded),
          "–");
    }
  }

  private static String ratioTo(long value, Long reference) {
    return reference == null || reference == 0 ? "–" : times((double) value / reference);
  }

  private void row(String figure, String measured, String target, String reference, String ratio, String meets) {
    md.append("| ").append(figure).append(" | ").append(measured).append(" | ").append(target).append(" | ")
        .append(reference).append(" | ").append(ratio).append(" | ").append(meets).append(" |\n");
  }

  /** This run as one row of the History table. */
  String historyRow(String date, BenchOptions options) {
    double hello = f.hello == null ? 0 : f.hello.maxRate();
    String pages = f.pages == null ? "–" : rate(f.pages.maxRate())
        + (hello > 0 ? " (" + percent(f.pages.maxRate() / hello) + ")" : "");
    String order100 = "–";
    if (f.ordersAt100 != null) {
      OperationStats stats = f.ordersAt100.operation(Checkout.ORDER);
      order100 = millis(stats.p50()) + " / " + millis(stats.p99());
    }
    String orders = f.orders == null ? "–" : rate(f.orders.maxRate())
        + (f.commits != null ? " (" + percent(f.orders.maxRate() / f.commits.commitsPerSecond()) + ")" : "");
    String outbox = f.outboxMixedP99.isPresent() ? millis(f.outboxMixedP99.getAsDouble())
        : f.outboxP99 == null ? "–" : millis(f.outboxP99);
    String rss = f.rssIdle.isEmpty() ? "–" : mib(f.rssIdle.values().stream().mapToLong(Long::longValue).sum());
    String ready = f.shopReady == null ? "–" : seconds(f.shopReady);
    String note = options.note().isBlank() ? "" : options.note().replace("|", "/");
    return "| " + date + " | " + options.commit() + " | " + options.profile().name() + " | " + pages + " | "
        + order100 + " | " + orders + " | " + outbox + " | " + rss + " | " + ready + " | " + note + " |";
  }
}
