package org.bazaar.loadgen.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bazaar.loadgen.devstack.ReadyProbe;

/**
 * The hello-world server in a JVM of its own, started with the devstack's JVM flags, so its rate, its RSS and
 * its time to ready are references for the shop's.
 */
public final class HelloWorldProcess implements AutoCloseable {

  /** The devstack's flags (see {@code ./bazaar up}). */
  static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAMPercentage=50");

  private final Process process;
  private final Duration ready;

  private HelloWorldProcess(Process process, Duration ready) {
    this.process = process;
    this.ready = ready;
  }

  public static HelloWorldProcess start(int port, Path output) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java));
    command.addAll(JVM_FLAGS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), HelloWorldServer.class.getName(),
        Integer.toString(port)));
    long started = System.nanoTime();
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the hello-world server: " + e.getMessage(), e);
    }
    try {
      Duration ready = ReadyProbe.await("http://127.0.0.1:" + port + "/", started, Duration.ofSeconds(60),
          process::isAlive);
      return new HelloWorldProcess(process, ready);
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  public long pid() {
    return process.pid();
  }

  public Duration ready() {
    return ready;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
