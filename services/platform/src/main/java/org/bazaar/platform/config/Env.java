package org.bazaar.platform.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read from {@code BAZAAR_*} variables: explicit overrides first (the devstack runs several
 * services in one process), then the process environment, then the caller's default.
 */
public final class Env {

  private final Map<String, String> overrides;
  private final Map<String, String> environment;

  private Env(Map<String, String> overrides, Map<String, String> environment) {
    this.overrides = Map.copyOf(overrides);
    this.environment = environment;
  }

  /** The process environment only. */
  public static Env system() {
    return new Env(Map.of(), System.getenv());
  }

  /** The given values, falling back to the process environment. */
  public static Env of(Map<String, String> overrides) {
    return new Env(overrides, System.getenv());
  }

  /** Only the given values, ignoring the process environment (tests). */
  public static Env isolated(Map<String, String> values) {
    return new Env(values, Map.of());
  }

  /** A copy with more overrides on top. */
  public Env with(Map<String, String> more) {
    Map<String, String> merged = new HashMap<>(overrides);
    merged.putAll(more);
    return new Env(merged, environment);
  }

  public Optional<String> find(String name) {
    String value = overrides.containsKey(name) ? overrides.get(name) : environment.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public String string(String name, String fallback) {
    return find(name).orElse(fallback);
  }

  public String required(String name) {
    return find(name).orElseThrow(() -> new ConfigException(name + " must be set"));
  }

  public int integer(String name, int fallback) {
    return find(name).map(value -> parseInt(name, value)).orElse(fallback);
  }

  public long longValue(String name, long fallback) {
    return find(name).map(value -> {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new ConfigException(name + " must be a whole number, got '" + value + "'");
      }
    }).orElse(fallback);
  }

  public boolean bool(String name, boolean fallback) {
    return find(name).map(value -> switch (value.toLowerCase()) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new ConfigException(name + " must be true or false, got '" + value + "'");
    }).orElse(fallback);
  }

  /**
   * A duration in milliseconds ({@code 1500}) or with a unit ({@code 500ms}, {@code 2s}, {@code 5m}, {@code 2h},
   * {@code 7d}).
   */
  public Duration duration(String name, Duration fallback) {
    return find(name).map(value -> parseDuration(name, value)).orElse(fallback);
  }

  private static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a whole number, got '" + value + "'");
    }
  }

  private static Duration parseDuration(String name, String value) {
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
      if (value.endsWith("h")) {
        return Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      if (value.endsWith("d")) {
        return Duration.ofDays(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      return Duration.ofMillis(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new ConfigException(name + " must be a duration like 500ms, 2s, 5m, 2h or 7d, got '" + value + "'");
    }
  }
}
