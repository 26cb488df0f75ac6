package org.bazaar.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One JVM the process devstack supervises: started with its own environment, its output appended to
 * {@code logs/<name>.log}, its pid in {@code pids/<name>.pid} while it runs.
 */
final class ChildProcess {

  private final String name;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path logFile;
  private final Path pidFile;
  private Process process;

  ChildProcess(String name, List<String> command, Map<String, String> environment, Path stateDir) {
    this.name = name;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.logFile = stateDir.resolve("logs").resolve(name + ".log");
    this.pidFile = stateDir.resolve("pids").resolve(name + ".pid");
  }

  String name() {
    return name;
  }

  Path logFile() {
    return logFile;
  }

  synchronized void start() {
    if (alive()) {
      throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
    }
    try {
      Files.createDirectories(logFile.getParent());
      Files.createDirectories(pidFile.getParent());
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().putAll(environment);
      process = builder.start();
      Files.writeString(pidFile, process.pid() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  /** Kills the JVM at once (SIGKILL): no shutdown hook runs, nothing is flushed or closed. */
  void kill() {
    Process running = current();
    if (running != null) {
      running.toHandle().destroyForcibly();
      awaitExit(running, 10);
    }
    deletePidFile();
  }

  /** Asks the JVM to stop (SIGTERM) without waiting; {@link #awaitStopped} waits. */
  void requestStop() {
    Process running = current();
    if (running != null && running.isAlive()) {
      running.destroy();
    }
  }

  /** Waits for a requested stop, killing the JVM if it takes longer than {@code seconds}. */
  void awaitStopped(long seconds) {
    Process running = current();
    if (running != null && !awaitExit(running, seconds)) {
      running.destroyForcibly();
      awaitExit(running, 10);
    }
    deletePidFile();
  }

  private synchronized Process current() {
    return process;
  }

  private static boolean awaitExit(Process process, long seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void deletePidFile() {
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException e) {
      // a stale pid file names a process that is gone; the next start overwrites it
    }
  }
}
