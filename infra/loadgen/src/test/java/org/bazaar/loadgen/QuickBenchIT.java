package org.bazaar.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bazaar.infra.kafka.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny bench without the shop: the hello-world server driven by the generator, the Postgres commit loop and
 * an embedded Kafka broker as references. Checks that the report, its chart and its history are written; no
 * figure is asserted (machines are noisy).
 */
class QuickBenchIT {

  @TempDir
  Path dir;

  @Test
  void writesTheReportWithItsChartAndAppendsToItsHistory() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.on(dir.resolve("kafka"), 0).start()) {
      Path report = dir.resolve("perf/report.md");
      BenchOptions options = new BenchOptions(BenchOptions.Profile.TINY, null, dir, report, kafka.bootstrapServers(),
          "first run", "test", false, false);

      new Bench(options, System.out::println).run();
      new Bench(options.withNote("second run"), System.out::println).run();

      String markdown = Files.readString(report);
      assertThat(markdown).contains("## Headline", "## Reference limits (same run)", "Bare Vert.x hello-world server",
          "Postgres single-row INSERT commits", "Kafka produce → consume", "## History", "first run", "second run");
      assertThat(markdown).contains("![Reference: hello-world server, ramp](report-hello-world.svg)");
      assertThat(Files.readString(dir.resolve("perf/report-hello-world.svg"))).startsWith("<svg").contains("p99");
    }
  }
}
