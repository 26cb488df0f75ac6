package org.bazaar.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.bazaar.loadgen.BenchOptions.Profile;
import org.bazaar.loadgen.devstack.DevstackProcess;
import org.bazaar.loadgen.devstack.MemorySampler;
import org.bazaar.loadgen.devstack.ShopProcesses;
import org.bazaar.loadgen.generator.Objective;
import org.bazaar.loadgen.generator.OpenLoopGenerator;
import org.bazaar.loadgen.generator.Ramp;
import org.bazaar.loadgen.reference.HelloWorldProcess;
import org.bazaar.loadgen.reference.KafkaReference;
import org.bazaar.loadgen.reference.PgAdmin;
import org.bazaar.loadgen.reference.PostgresCommitLoop;
import org.bazaar.loadgen.scenario.HttpGet;
import org.bazaar.loadgen.scenario.Target;

/**
 * One benchmark run: the machine's reference limits first (a bare HTTP server, Postgres commits, the Kafka
 * broker), then the shop's scenarios, in the same run on the same machine; then the report.
 */
public final class Bench {

  static final String EDGE = "http://127.0.0.1:8080";
  static final int HELLO_PORT = 18_999;

  private final BenchOptions options;
  private final Consumer<String> log;
  private final String runId = UUID.randomUUID().toString().substring(0, 8);
  private Thread stopOnExit;

  public Bench(BenchOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  public Path run() throws IOException {
    Findings findings = new Findings();
    Path scratch = Files.createTempDirectory("bazaar-bench-");
    PgAdmin postgres = PgAdmin.fromEnvironment();
    try (OpenLoopGenerator generator = new OpenLoopGenerator(2, 1024)) {
      DevstackProcess devstack = null;
      try {
        String edge = options.url() != null ? options.url() : EDGE;
        Map<String, Long> processes = Map.of();
        if (options.shop()) {
          findings.shopSource = options.url() != null ? "the running shop at " + edge
              : options.processes() ? "a devstack started for the run, one JVM per service (`--processes`)"
              : "a devstack started for the run";
          if (options.url() == null) {
            Path output = Files.createTempFile("bazaar-bench-devstack-", ".log");
            log.accept("starting the devstack in " + scratch + " (its output: " + output + ")");
            devstack = DevstackProcess.start(options.root(), scratch, output, options.processes());
            stopOnExit(devstack);
            findings.shopReady = devstack.awaitReady(edge, Duration.ofMinutes(3));
            log.accept("devstack ready in " + findings.shopReady.toMillis() + " ms");
          }
          processes = ShopProcesses.find(devstack == null ? null : devstack.handle());
          settle();
          findings.rssIdle.putAll(MemorySampler.now(processes));
          log.accept("shop processes " + processes.keySet() + ", idle RSS " + findings.rssIdle);
        }
        references(generator, postgres, findings);
        if (options.shop()) {
          try (MemorySampler loaded = new MemorySampler(processes)) {
            new ShopRun(options, generator, Target.of(edge), runId, processes.values(), log).run(findings);
            findings.rssLoaded.putAll(loaded.peaks());
          }
        }
      } finally {
        if (devstack != null) {
          log.accept("stopping the devstack");
          Runtime.getRuntime().removeShutdownHook(stopOnExit);
          devstack.close();
          dropScratchDatabases(generator, postgres, findings);
        }
      }
    } finally {
      deleteTree(scratch);
    }
    findings.loadAfter = LoadAverage.now();
    Path report = new MarkdownReport(options, findings).write();
    log.accept("report written to " + report);
    return report;
  }

  /** Ctrl-C or a kill during the run still stops the devstack it started. */
  private void stopOnExit(DevstackProcess devstack) {
    stopOnExit = new Thread(devstack::close, "stop-devstack");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  private void references(OpenLoopGenerator generator, PgAdmin postgres, Findings findings) {
    Profile profile = options.profile();
    log.accept("reference: hello-world HTTP server");
    try (HelloWorldProcess hello = HelloWorldProcess.start(HELLO_PORT, Files.createTempFile("hello-world", ".out"))) {
      findings.helloReady = hello.ready();
      settle();
      findings.helloRssIdle = MemorySampler.now(Map.of("hello", hello.pid())).get("hello");
      try (MemorySampler sampler = new MemorySampler(Map.of("hello", hello.pid()))) {
        Ramp ramp = new Ramp(profile == Profile.TINY ? 200 : 1000, 2, 256_000, profile.refinements(),
            profile.warmup(), profile.measure(), profile.drain());
        findings.hello = ramp.run(generator, new HttpGet("hello world", new Target("127.0.0.1", HELLO_PORT), "/"),
            new Objective(null, 50), log);
        findings.helloRssLoaded = sampler.peaks().get("hello");
      }
    } catch (IOException | RuntimeException e) {
      findings.problem("hello-world reference", e);
    }
    log.accept("reference: single-row INSERT commits on Postgres " + postgres.host() + ":" + postgres.port());
    try {
      findings.commits = PostgresCommitLoop.run(generator.vertx(), postgres, "bazaar_bench_reference_" + runId, 8,
          profile.referenceRun());
      log.accept(String.format("  %.0f commits/s with %d connections", findings.commits.commitsPerSecond(),
          findings.commits.connections()));
    } catch (RuntimeException e) {
      findings.problem("Postgres reference", e);
    }
    if (options.kafka() == null) {
      findings.problems.add("Kafka reference: skipped (--kafka none)");
      return;
    }
    log.accept("reference: Kafka on " + options.kafka());
    try {
      findings.kafka = KafkaReference.run(options.kafka(), "bazaar-bench-reference-" + runId, profile.referenceRun(),
          1000);
      log.accept(String.format("  %.0f records/s produced; produce→consume p50 %.2f ms, p99 %.2f ms",
          findings.kafka.producePerSecond(), findings.kafka.p50Millis(), findings.kafka.p99Millis()));
    } catch (RuntimeException e) {
      findings.problem("Kafka reference", e);
    }
  }

  private void dropScratchDatabases(OpenLoopGenerator generator, PgAdmin postgres, Findings findings) {
    try {
      log.accept("dropped " + postgres.dropAll(generator.vertx(), DevstackProcess.DATABASE_PREFIX));
    } catch (RuntimeException e) {
      findings.problem("dropping the devstack's scratch databases", e);
    }
  }

  /**
   * A moment for a JVM that just became ready to finish its start-up work before its memory is read. A deliberate
   * quiet period, not a wait for a condition (idle memory has no "done" signal); it runs on the bench's own main
   * thread, never on an event loop.
   */
  private void settle() {
    try {
      Thread.sleep(options.profile() == Profile.FULL ? 5000 : 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
