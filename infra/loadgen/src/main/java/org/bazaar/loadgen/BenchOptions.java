package org.bazaar.loadgen;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a bench runs: against the devstack it starts, or a running shop ({@code url}); how long each step is
 * ({@link Profile}); where the report goes.
 */
public record BenchOptions(Profile profile, String url, Path root, Path report, String kafka, String note,
    String commit, boolean shop, boolean processes) {

  /**
   * Step lengths and how far ramps refine: {@code quick} stays under 3 minutes, {@code tiny} is for tests.
   * {@code shopWarmup} is mixed traffic, not measured, before the first measured step: a shop of a dozen JVM
   * services keeps compiling its hot paths for minutes after start-up, so the warm-up goes on, up to
   * {@code shopWarmupMax}, until the compilers have settled.
   */
  public record Profile(String name, Duration warmup, Duration measure, Duration drain, int refinements,
      Duration fixedRun, Duration referenceRun, int customers, int products, Duration shopWarmup,
      Duration shopWarmupMax) {

    public static final Profile FULL = new Profile("full", Duration.ofSeconds(2), Duration.ofSeconds(8),
        Duration.ofSeconds(10), 3, Duration.ofSeconds(30), Duration.ofSeconds(10), 20, 20, Duration.ofSeconds(90),
        Duration.ofSeconds(240));
    public static final Profile QUICK = new Profile("quick", Duration.ofMillis(500), Duration.ofMillis(1500),
        Duration.ofSeconds(3), 1, Duration.ofSeconds(5), Duration.ofSeconds(3), 8, 8, Duration.ofSeconds(15),
        Duration.ofSeconds(15));
    public static final Profile TINY = new Profile("tiny", Duration.ofMillis(200), Duration.ofMillis(400),
        Duration.ofSeconds(2), 0, Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 2, Duration.ZERO, Duration.ZERO);
  }

  static final String USAGE = "usage: bazaar bench [--quick] [--processes] [--url http://host:port] [--out report.md] "
      + "[--kafka host:port | --kafka none] [--note \"what changed\"]";

  /** The command that runs a bench like this one (the report's "Reproduce" line). */
  public String command() {
    return "./bazaar bench" + (profile == Profile.QUICK ? " --quick" : "") + (processes ? " --processes" : "")
        + (url != null ? " --url " + url : "");
  }

  public static BenchOptions parse(String[] args) {
    Profile profile = Profile.FULL;
    String url = null;
    Path root = Path.of(System.getenv().getOrDefault("BAZAAR_ROOT", ".")).toAbsolutePath().normalize();
    Path report = null;
    String kafka = System.getenv().getOrDefault("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    String note = "";
    boolean processes = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> profile = Profile.QUICK;
        case "--processes" -> processes = true;
        case "--url" -> url = value(args, ++i).replaceAll("/+$", "");
        case "--out" -> report = Path.of(value(args, ++i)).toAbsolutePath();
        case "--kafka" -> kafka = value(args, ++i);
        case "--note" -> note = value(args, ++i);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
      }
    }
    if (report == null) {
      report = root.resolve("docs/perf/report.md");
    }
    return new BenchOptions(profile, url, root, report, "none".equals(kafka) ? null : kafka, note,
        System.getenv().getOrDefault("BAZAAR_COMMIT", "unknown"), true, processes);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
    }
    return args[i];
  }

  /** The same options with another note for the history. */
  public BenchOptions withNote(String other) {
    return new BenchOptions(profile, url, root, report, kafka, other, commit, shop, processes);
  }
}
