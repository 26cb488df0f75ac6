package org.bazaar.loadgen.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A devstack started for the run with {@code ./bazaar up --fresh} (one JVM) or {@code --processes} (one per
 * service) in a scratch state directory, with its own
 * database prefix (the developer's shop is left alone) and rate limits lifted so the generator is not throttled.
 */
public final class DevstackProcess implements AutoCloseable {

  public static final String DATABASE_PREFIX = "bazaar_bench_";
  private static final long UNLIMITED = 1_000_000_000L;

  private final Process process;
  private final long startedNanos;
  private final Path output;

  private DevstackProcess(Process process, long startedNanos, Path output) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.output = output;
  }

  /** Starts it; its console output goes to {@code output}. */
  public static DevstackProcess start(Path root, Path stateDir, Path output, boolean processes) {
    List<String> command = new java.util.ArrayList<>(List.of("./bazaar", "up", "--fresh"));
    if (processes) {
      command.add("--processes");
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    Map<String, String> env = builder.environment();
    env.put("BAZAAR_STATE_DIR", stateDir.toString());
    env.put("BAZAAR_SKIP_BUILD", "1");
    env.put("BAZAAR_DB_PREFIX", DATABASE_PREFIX);
    for (String limit : new String[] {"RATE_LIMIT_CAPACITY", "RATE_LIMIT_REFILL_PER_SECOND",
        "AUTH_RATE_LIMIT_CAPACITY", "AUTH_RATE_LIMIT_REFILL_PER_SECOND"}) {
      env.put("BAZAAR_EDGE_" + limit, Long.toString(UNLIMITED));
    }
    long started = System.nanoTime();
    try {
      return new DevstackProcess(builder.start(), started, output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start ./bazaar up: " + e.getMessage(), e);
    }
  }

  /** Waits for the edge's {@code /health/ready}; the time from start to ready. */
  public Duration awaitReady(String edgeUrl, Duration deadline) {
    try {
      return ReadyProbe.await(edgeUrl + "/health/ready", startedNanos, deadline, process::isAlive);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + "; its output (" + output + ") ends with:\n" + tail(), e);
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(output);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
