package org.bazaar.loadgen;

import static org.bazaar.loadgen.Figures.millis;
import static org.bazaar.loadgen.Figures.mib;
import static org.bazaar.loadgen.Figures.percent;
import static org.bazaar.loadgen.Figures.rate;
import static org.bazaar.loadgen.Figures.seconds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.bazaar.loadgen.devstack.CpuTime;
import org.bazaar.loadgen.generator.OperationStats;
import org.bazaar.loadgen.generator.Ramp;
import org.bazaar.loadgen.generator.StepResult;
import org.bazaar.loadgen.report.SvgChart;
import org.bazaar.loadgen.scenario.Browse;
import org.bazaar.loadgen.scenario.Checkout;

/** Writes the report: the headline table against the targets of issue 8, the details, the charts and the history. */
final class MarkdownReport {

  private final BenchOptions options;
  private final Findings f;
  private final StringBuilder md = new StringBuilder();

  MarkdownReport(BenchOptions options, Findings findings) {
    this.options = options;
    this.f = findings;
  }

  Path write() throws IOException {
    Path report = options.report();
    Files.createDirectories(report.toAbsolutePath().getParent());
    List<String> history = History.previousRows(report);
    String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(f.when);
    md.append("# Bazaar benchmark\n\n");
    md.append("Run ").append(date).append(" UTC, commit `").append(options.commit()).append("`, profile `")
        .append(options.profile().name()).append("`, on ").append(f.cores).append(" cores, Java ")
        .append(System.getProperty("java.version")).append(". Shop: ")
        .append(f.shopSource == null ? "not measured" : f.shopSource).append(". Every reference limit was measured ")
        .append("in the same run on the same machine; the generator shares the machine with what it measures. ")
        .append("Load average (1, 5, 15 min) before the run ").append(f.loadBefore).append(", after ")
        .append(f.loadAfter).append(": figures from a busy machine are low.\n\n");
    md.append("Reproduce: `").append(options.command()).append("` (see `docs/adr` on the load generator).\n\n");
    new Headline(f, md).write();
    references();
    scenarios(report);
    memory();
    if (!f.problems.isEmpty()) {
      md.append("## Not measured\n\n");
      f.problems.forEach(problem -> md.append("- ").append(problem).append('\n'));
      md.append('\n');
    }
    md.append(History.HEADING).append("\n\n").append(History.HEADER);
    history.forEach(row -> md.append(row).append('\n'));
    md.append(new Headline(f, new StringBuilder()).historyRow(date, options)).append('\n');
    Files.writeString(report, md.toString());
    return report;
  }

  private void references() {
    md.append("## Reference limits (same run)\n\n| Reference | Measured |\n|---|---|\n");
    if (f.hello != null) {
      md.append("| Bare Vert.x hello-world server, max rate at p99 < 50 ms (same generator) | ")
          .append(rate(f.hello.maxRate())).append(" |\n");
    }
    if (f.helloReady != null) {
      md.append("| Hello-world JVM start to first answer | ").append(seconds(f.helloReady)).append(" |\n");
    }
    if (f.helloRssIdle != null) {
      md.append("| Hello-world JVM RSS idle / loaded | ").append(mib(f.helloRssIdle)).append(" / ")
          .append(f.helloRssLoaded == null ? "–" : mib(f.helloRssLoaded)).append(" |\n");
    }
    if (f.commits != null) {
      md.append("| Postgres single-row INSERT commits (").append(f.commits.connections()).append(" connections) | ")
          .append(rate(f.commits.commitsPerSecond())).append(" |\n");
    }
    if (f.kafka != null) {
      md.append("| Kafka produce, 1 KiB records, acks=all | ").append(rate(f.kafka.producePerSecond())).append(" |\n")
          .append("| Kafka produce → consume at ").append(rate(f.kafka.latencyRate())).append(", p50 / p99 | ")
          .append(millis(f.kafka.p50Millis())).append(" / ").append(millis(f.kafka.p99Millis())).append(" |\n");
    }
    md.append('\n');
  }

  private void scenarios(Path report) throws IOException {
    md.append("## Scenarios\n\n");
    if (f.shopWarmup != null) {
      md.append("Before the first measured step the shop ran mixed traffic at ").append((long) ShopRun.WARMUP_RATE)
          .append("/s for ").append(f.shopWarmup.toSeconds()).append(" s, not measured; in its last ")
          .append(f.shopWarmupLastRound.toSeconds())
          .append(" s the busiest JIT compiler used ").append(percent(f.jitShareAfterWarmup)).append(" of a core")
          .append(f.jitShareAfterWarmup < ShopRun.JIT_SETTLED ? " (settled).\n\n"
              : " (still compiling at the warm-up's limit: the steps below share the cores with it).\n\n");
    }
    ramp("Product pages (`GET /api/v1/products/{id}`), ramp", f.pages, Browse.PAGE, report, "pages");
    fixed("Browse: product pages and 20 % searches", f.browse);
    fixed("Checkout at 100 orders/s (placed → CONFIRMED/CANCELLED on the status stream)", f.ordersAt100);
    ramp("Checkout, ramp (placed → terminal)", f.orders, Checkout.ORDER, report, "orders");
    orderCpu();
    fixed("Mixed: 70 % pages, 20 % searches, 10 % orders", f.mixed);
    if (f.confirmed + f.cancelled > 0) {
      md.append("Orders followed to the end: ").append(f.confirmed).append(" confirmed, ").append(f.cancelled)
          .append(" cancelled.\n\n");
    }
    ramp("Reference: hello-world server, ramp", f.hello, "hello world", report, "hello-world");
  }

  private void orderCpu() {
    if (f.orderCpu == null) {
      return;
    }
    md.append("### Where an order's CPU goes\n\nCheckout at ").append(rate(f.orderCpu.rate()))
        .append(", a rate the shop sustains: CPU time each part used during the step (warm-up and drain included) ")
        .append("over the ").append(String.format("%.0f", f.orderCpu.orders())).append(" orders it placed. ")
        .append("The shop's background work (compilation, polling, metrics) is counted too: it weighs more at low ")
        .append("rates and in `--quick`.\n\n")
        .append("| Processes | CPU per order |\n|---|---|\n");
    f.orderCpu.millisPerOrder(CpuTime.GROUPS).forEach((group, millis) ->
        md.append("| ").append(group).append(" | ").append(millis(millis)).append(" |\n"));
    md.append('\n');
  }

  private void ramp(String title, Ramp.Outcome outcome, String operation, Path report, String chart)
      throws IOException {
    if (outcome == null) {
      return;
    }
    md.append("### ").append(title).append("\n\nObjective: ").append(outcome.objective().describe())
        .append(", at most 1 % errors, at least 90 % of the asked rate. Highest rate meeting it: **")
        .append(rate(outcome.maxRate())).append("**.\n\n");
    stepTable(outcome.steps(), operation);
    String file = report.getFileName().toString().replaceAll("\\.md$", "") + "-" + chart + ".svg";
    SvgChart svg = new SvgChart(title.replaceAll("`", ""), "throughput (per second)", outcome.objective().p99Millis())
        .add(new SvgChart.Series("p50", "#1f77b4", points(outcome.steps(), operation, 50)))
        .add(new SvgChart.Series("p99", "#ff7f0e", points(outcome.steps(), operation, 99)));
    Files.writeString(report.resolveSibling(file), svg.render());
    md.append("![").append(title.replaceAll("`", "")).append("](").append(file).append(")\n\n");
  }

  private static List<double[]> points(List<StepResult> steps, String operation, double percentile) {
    return steps.stream().filter(step -> step.operation(operation).succeeded() > 0)
        .map(step -> new double[] {step.throughput(operation),
            percentile == 50 ? step.operation(operation).p50() : step.operation(operation).p99()})
        .sorted((a, b) -> Double.compare(a[0], b[0])).toList();
  }

  private void stepTable(List<StepResult> steps, String operation) {
    md.append("| Asked | Done | p50 | p99 | max | Errors | Generator send lag p99 |\n|---|---|---|---|---|---|---|\n");
    for (StepResult step : steps) {
      OperationStats stats = step.operation(operation);
      md.append("| ").append(rate(step.targetRate())).append(" | ").append(rate(step.throughput(operation)))
          .append(" | ").append(millis(stats.p50())).append(" | ").append(millis(stats.p99())).append(" | ")
          .append(millis(stats.max())).append(" | ").append(percent(stats.errorRatio())).append(" | ")
          .append(millis(step.sendLagP99Millis())).append(" |\n");
    }
    md.append('\n');
  }

  private void fixed(String title, StepResult step) {
    if (step == null) {
      return;
    }
    md.append("### ").append(title).append("\n\nAsked ").append(rate(step.targetRate())).append(" for ")
        .append(String.format(java.util.Locale.ROOT, "%.0f s", step.measuredSeconds())).append(".\n\n")
        .append("| Operation | Done | p50 | p99 | max | Errors |\n|---|---|---|---|---|---|\n");
    for (Map.Entry<String, OperationStats> entry : step.operations().entrySet()) {
      OperationStats stats = entry.getValue();
      md.append("| ").append(entry.getKey()).append(" | ").append(rate(step.throughput(entry.getKey()))).append(" | ")
          .append(millis(stats.p50())).append(" | ").append(millis(stats.p99())).append(" | ")
          .append(millis(stats.max())).append(" | ").append(percent(stats.errorRatio()))
          .append(stats.sampleErrors().isEmpty() ? "" : " (" + String.join("; ", stats.sampleErrors()) + ")")
          .append(" |\n");
    }
    md.append('\n');
  }

  private void memory() {
    if (f.rssIdle.isEmpty()) {
      return;
    }
    md.append("## Memory (RSS from /proc/<pid>/status)\n\n| Process | Idle | Loaded (peak) |\n|---|---|---|\n");
    f.rssIdle.forEach((name, idle) -> md.append("| ").append(name).append(" | ").append(mib(idle)).append(" | ")
        .append(f.rssLoaded.containsKey(name) ? mib(f.rssLoaded.get(name)) : "–").append(" |\n"));
    if (f.rssIdle.size() == 1) {
      md.append("\nThe devstack runs every service, the payment simulator, the SMTP sink and the Kafka broker in one "
          + "JVM, so there is no per-service figure in this mode; `./bazaar bench --processes` runs one JVM per "
          + "service.\n");
    }
    md.append('\n');
  }
}
