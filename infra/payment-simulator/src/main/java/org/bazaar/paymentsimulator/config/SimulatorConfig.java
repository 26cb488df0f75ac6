package org.bazaar.paymentsimulator.config;

import java.time.Duration;
import java.util.Map;

/**
 * Settings of the payment simulator, from {@code BAZAAR_SIMULATOR_*} variables over defaults; a bad value fails
 * start-up with the variable's name.
 */
public record SimulatorConfig(String host, int port, Duration slowDelay, int flakyFailures) {

  public static final int DEFAULT_PORT = 8090;

  public SimulatorConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("BAZAAR_SIMULATOR_HOST must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("BAZAAR_SIMULATOR_PORT must be between 0 and 65535, got " + port);
    }
    if (slowDelay == null || slowDelay.isNegative()) {
      throw new IllegalArgumentException("BAZAAR_SIMULATOR_SLOW_DELAY must not be negative");
    }
    if (flakyFailures < 0) {
      throw new IllegalArgumentException("BAZAAR_SIMULATOR_FLAKY_FAILURES must not be negative, got " + flakyFailures);
    }
  }

  /** The devstack defaults: port 8090, tok_slow answers after 30 s, tok_flaky fails twice per key. */
  public static SimulatorConfig defaults() {
    return new SimulatorConfig("0.0.0.0", DEFAULT_PORT, Duration.ofSeconds(30), 2);
  }

  /** Reads {@code BAZAAR_SIMULATOR_HOST/PORT/SLOW_DELAY/FLAKY_FAILURES}, e.g. from {@code System.getenv()}. */
  public static SimulatorConfig from(Map<String, String> env) {
    SimulatorConfig d = defaults();
    return new SimulatorConfig(
        value(env, "BAZAAR_SIMULATOR_HOST", d.host()),
        integer(env, "BAZAAR_SIMULATOR_PORT", d.port()),
        duration(env, "BAZAAR_SIMULATOR_SLOW_DELAY", d.slowDelay()),
        integer(env, "BAZAAR_SIMULATOR_FLAKY_FAILURES", d.flakyFailures()));
  }

  /** A copy listening on another port (0 picks a free one; tests). */
  public SimulatorConfig withPort(int newPort) {
    return new SimulatorConfig(host, newPort, slowDelay, flakyFailures);
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static int integer(Map<String, String> env, String name, int fallback) {
    String value = value(env, name, null);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
    }
  }

  /** Milliseconds ({@code 1500}) or with a unit ({@code 500ms}, {@code 3s}, {@code 1m}), like every Bazaar duration. */
  private static Duration duration(Map<String, String> env, String name, Duration fallback) {
    String value = value(env, name, null);
    if (value == null) {
      return fallback;
    }
    try {
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      if (value.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      if (value.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      return Duration.ofMillis(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a duration like 500ms, 3s or 1m, got '" + value + "'");
    }
  }
}
