package org.bazaar.loadgen;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.bazaar.loadgen.BenchOptions.Profile;
import org.bazaar.loadgen.devstack.CpuTime;
import org.bazaar.loadgen.devstack.JitActivity;
import org.bazaar.loadgen.devstack.OrderEventLatency;
import org.bazaar.loadgen.devstack.OutboxHistogram;
import org.bazaar.loadgen.devstack.ShopBacklog;
import org.bazaar.loadgen.generator.Objective;
import org.bazaar.loadgen.generator.OpenLoopGenerator;
import org.bazaar.loadgen.generator.Ramp;
import org.bazaar.loadgen.generator.Scenario;
import org.bazaar.loadgen.generator.StepResult;
import org.bazaar.loadgen.scenario.Browse;
import org.bazaar.loadgen.scenario.Checkout;
import org.bazaar.loadgen.scenario.Mixed;
import org.bazaar.loadgen.scenario.Shop;
import org.bazaar.loadgen.scenario.ShopSetup;
import org.bazaar.loadgen.scenario.Target;

/** The shop's part of a bench: setup, then product pages, browsing, checkouts and the mix. */
final class ShopRun {

  static final double ORDER_RATE = 100;
  static final double PAGE_OBJECTIVE_MS = 50;
  static final double ORDER_OBJECTIVE_MS = 1000;
  /** Arrivals per second while warming up: 10 % of them orders. */
  static final double WARMUP_RATE = 100;
  static final Duration BACKLOG_DEADLINE = Duration.ofSeconds(60);
  /** The warm-up goes on until the busiest shop JVM spends less than this share of one core compiling. */
  static final double JIT_SETTLED = 0.10;
  static final Duration WARMUP_ROUND = Duration.ofSeconds(15);

  private final BenchOptions options;
  private final List<Long> shopPids;
  private final OpenLoopGenerator generator;
  private final Target edge;
  private final String runId;
  private final Consumer<String> log;

  ShopRun(BenchOptions options, OpenLoopGenerator generator, Target edge, String runId, Collection<Long> shopPids,
      Consumer<String> log) {
    this.options = options;
    this.shopPids = List.copyOf(shopPids);
    this.generator = generator;
    this.edge = edge;
    this.runId = runId;
    this.log = log;
  }

  void run(Findings findings) {
    Profile profile = options.profile();
    Shop shop;
    try {
      log.accept("setting up the shop (products, customers)");
      ShopSetup setup = new ShopSetup(generator.vertx(), edge, runId, log);
      shop = setup.prepare(System.getenv().getOrDefault("BAZAAR_ADMIN_EMAIL", "admin@bazaar.local"),
          System.getenv().getOrDefault("BAZAAR_ADMIN_PASSWORD", "admin-password"), profile.products(),
          profile.customers());
      setup.close();
    } catch (RuntimeException e) {
      findings.problem("shop setup", e);
      return;
    }
    Checkout checkout = new Checkout(shop);
    warmUp(shop, checkout, findings);
    Browse pagesOnly = new Browse(shop, 0);
    log.accept("product pages: ramp to p99 < " + (int) PAGE_OBJECTIVE_MS + " ms");
    findings.pages = ramp(100, 64_000).run(generator, pagesOnly, new Objective(Browse.PAGE, PAGE_OBJECTIVE_MS), log);
    double browseRate = Math.max(10, Math.round(findings.pages.maxRate() / 2));
    log.accept("browse (pages and 20 % searches) at " + (long) browseRate + "/s");
    findings.browse = fixed(new Browse(shop, 0.2), browseRate, profile.measure());

    // checkouts last, the fixed 100/s run at the very end: an overload leaves a backlog that would slow what follows
    List<String> metrics = metricsUrls();
    OutboxHistogram before = OutboxHistogram.scrape(metrics);
    OrderEventLatency events = orderEvents(findings);
    log.accept("checkout: ramp to p99 < " + (long) ORDER_OBJECTIVE_MS + " ms (placed → terminal)");
    findings.orders = ramp(10, 6400).run(generator, checkout, new Objective(Checkout.ORDER, ORDER_OBJECTIVE_MS), log);
    findings.orderCpu = cpuPerOrder(checkout, Math.max(5, Math.round(findings.orders.maxRate() / 2)));
    double mixedRate = Math.max(10, Math.round(Math.min(findings.pages.maxRate(), 10 * findings.orders.maxRate()) / 2));
    log.accept("mixed (70 % pages, 20 % searches, 10 % orders) at " + (long) mixedRate + "/s");
    OutboxHistogram beforeMixed = OutboxHistogram.scrape(metrics);
    findings.mixed = fixed(new Mixed(new Browse(shop, 0.2 / 0.9), checkout, 0.1), mixedRate, profile.measure());
    findings.outboxMixedP99 = OutboxHistogram.scrape(metrics).since(beforeMixed).quantileMillis(0.99);
    log.accept("checkout at " + (long) ORDER_RATE + " orders/s");
    findings.ordersAt100 = fixed(checkout, ORDER_RATE, profile.fixedRun());
    outbox(findings, metrics, before, events);
    findings.confirmed = checkout.confirmed();
    findings.cancelled = checkout.cancelled();
  }

  /**
   * Checkout at a rate the shop sustains, with the CPU time the shop, Postgres, the generator and the whole machine
   * used during it: where an order's CPU goes.
   */
  private OrderCpu cpuPerOrder(Checkout checkout, double rate) {
    log.accept("checkout at " + (long) rate + " orders/s, CPU per order");
    Profile profile = options.profile();
    warmStep(checkout, rate);
    Map<String, Double> before = CpuTime.now(shopPids);
    generator.step(checkout, rate, profile.warmup(), profile.measure(), profile.drain());
    Map<String, Double> used = CpuTime.between(before, CpuTime.now(shopPids));
    double placedSeconds = profile.warmup().plus(profile.measure()).toMillis() / 1000.0;
    OrderCpu cpu = new OrderCpu(rate, rate * placedSeconds, used);
    log.accept("  " + cpu.describe(CpuTime.GROUPS));
    return cpu;
  }

  /**
   * Mixed traffic at a rate the shop sustains, not measured, until the shop's JIT compilers have settled (or the
   * profile's longest warm-up passed): the measured steps then run on compiled code, as a shop that has been up a
   * while does, instead of sharing the cores with the compiler.
   */
  private void warmUp(Shop shop, Checkout checkout, Findings findings) {
    Profile profile = options.profile();
    if (profile.shopWarmup().isZero()) {
      return;
    }
    log.accept("warming the shop up: mixed traffic at " + (long) WARMUP_RATE + "/s for at least "
        + profile.shopWarmup().toSeconds() + " s, not measured, until its JIT compilers use less than "
        + Math.round(100 * JIT_SETTLED) + " % of a core (at most " + profile.shopWarmupMax().toSeconds() + " s)");
    Mixed mixed = new Mixed(new Browse(shop, 0.2 / 0.9), checkout, 0.1);
    Duration round = profile.shopWarmup();
    Duration spent = Duration.ZERO;
    double share;
    do {
      JitActivity.Reading before = JitActivity.read(metricsUrls());
      generator.step(mixed, WARMUP_RATE, Duration.ZERO, round, Duration.ZERO);
      share = JitActivity.busiestShare(before, JitActivity.read(metricsUrls()));
      spent = spent.plus(round);
      log.accept(String.format("  %d s: the busiest JIT compiler used %.0f %% of a core", spent.toSeconds(),
          100 * share));
      findings.shopWarmupLastRound = round;
      round = WARMUP_ROUND;
    } while (keepWarming(share, spent, round, profile.shopWarmupMax()));
    findings.shopWarmup = spent;
    findings.jitShareAfterWarmup = share;
    double backlog = ShopBacklog.awaitDrained(metricsUrls(), BACKLOG_DEADLINE);
    log.accept(backlog > 0 ? "  the shop still had " + (long) backlog + " records or events queued after "
        + BACKLOG_DEADLINE.toSeconds() + " s" : "  the shop has drained what the warm-up queued");
  }

  /** Another round while the compiler is still busy and the round still fits in the longest warm-up. */
  static boolean keepWarming(double jitShare, Duration spent, Duration nextRound, Duration longest) {
    return jitShare >= JIT_SETTLED && spent.plus(nextRound).compareTo(longest) <= 0;
  }

  private List<String> metricsUrls() {
    return IntStream.rangeClosed(0, 9).mapToObj(i -> "http://" + edge.host() + ":" + (edge.port() + i) + "/metrics")
        .toList();
  }

  private Ramp ramp(double start, double max) {
    Profile profile = options.profile();
    return new Ramp(start, 2, max, profile.refinements(), profile.warmup(), profile.measure(), profile.drain());
  }

  private StepResult fixed(Scenario scenario, double rate, java.time.Duration measure) {
    Profile profile = options.profile();
    warmStep(scenario, rate);
    StepResult step = generator.step(scenario, rate, profile.warmup(), measure, profile.drain());
    step.operations().forEach((name, stats) -> log.accept(String.format(
        "  %-26s %8.1f/s, p50 %7.2f ms, p99 %8.2f ms, errors %5.2f %% %s", name, step.throughput(name), stats.p50(),
        stats.p99(), 100 * stats.errorRatio(), stats.sampleErrors().isEmpty() ? "" : stats.sampleErrors())));
    return step;
  }

  /** A step at a quarter of the rate, not kept: warms the path (JIT, pools, connections) on both sides. */
  private void warmStep(Scenario scenario, double rate) {
    Profile profile = options.profile();
    generator.step(scenario, Math.max(1, rate / 4), profile.warmup(), profile.measure(), profile.drain());
  }

  private OrderEventLatency orderEvents(Findings findings) {
    if (options.kafka() == null) {
      return null;
    }
    try {
      return new OrderEventLatency(options.kafka());
    } catch (RuntimeException e) {
      findings.problem("order event consumer", e);
      return null;
    }
  }

  private void outbox(Findings findings, List<String> metrics, OutboxHistogram before, OrderEventLatency events) {
    OutboxHistogram during = OutboxHistogram.scrape(metrics).since(before);
    OptionalDouble p99 = during.quantileMillis(0.99);
    if (p99.isPresent()) {
      findings.outboxP99 = p99.getAsDouble();
      findings.outboxSource = "the services' " + OutboxHistogram.METRIC + " histogram (" + (long) during.count()
          + " events)";
    } else if (events != null) {
      double[] consumed = events.percentile(99);
      if (consumed[1] > 0) {
        findings.outboxP99 = consumed[0];
        findings.outboxSource = "CloudEvents time → consumed from order.events (" + (long) consumed[1] + " events; "
            + OutboxHistogram.METRIC + " not exposed)";
      }
    }
    if (events != null) {
      events.close();
    }
    log.accept("outbox → Kafka p99 " + findings.outboxP99 + " ms from " + findings.outboxSource);
  }
}
