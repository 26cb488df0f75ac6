package org.bazaar.devstack.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.bazaar.devstack.Devstack;
import org.bazaar.devstack.DevstackSettings;

/**
 * The whole shop as the end-to-end tests see it: one devstack per test JVM, started from empty state on
 * ports of its own (so a running {@code ./bazaar up} is not disturbed), with short saga deadlines and a
 * slow payment token that is slower than the payments service's timeout.
 */
public final class Shop {

  /** Short deadlines and timeouts so failures show quickly, and rate limits out of the way of the suite. */
  public static final Map<String, String> SETTINGS = Map.ofEntries(
      Map.entry("BAZAAR_ORDERS_STOCK_DEADLINE", "20s"),
      Map.entry("BAZAAR_ORDERS_PAYMENT_DEADLINE", "40s"),
      Map.entry("BAZAAR_SIMULATOR_SLOW_DELAY", "20s"),
      Map.entry("BAZAAR_BREAKER_PROVIDER_TIMEOUT", "1s"),
      Map.entry("BAZAAR_BREAKER_PROVIDER_RETRY_BACKOFF", "100ms"),
      Map.entry("BAZAAR_BREAKER_PROVIDER_MAX_FAILURES", "20"),
      Map.entry("BAZAAR_KAFKA_BACKOFF_FIRST", "50ms"),
      Map.entry("BAZAAR_KAFKA_BACKOFF_MAX", "1s"),
      Map.entry("BAZAAR_EDGE_RATE_LIMIT_CAPACITY", "100000"),
      Map.entry("BAZAAR_EDGE_RATE_LIMIT_REFILL_PER_SECOND", "100000"),
      Map.entry("BAZAAR_EDGE_AUTH_RATE_LIMIT_CAPACITY", "100000"),
      Map.entry("BAZAAR_EDGE_AUTH_RATE_LIMIT_REFILL_PER_SECOND", "100000"),
      // a loaded CI machine must not turn a healthy part into a degraded one
      Map.entry("BAZAAR_EDGE_PART_TIMEOUT", "1s"));

  private static Devstack devstack;
  private static final SpanCapture SPANS = new SpanCapture();

  private Shop() {
  }

  static synchronized Api api() {
    if (devstack == null) {
      devstack = start();
      Runtime.getRuntime().addShutdownHook(new Thread(devstack::close));
    }
    return new Api(devstack.edgeUrl());
  }

  static synchronized String simulatorUrl() {
    api();
    return devstack.simulatorUrl();
  }

  /** Where every service of the devstack exports its spans (kept only while a test captures them). */
  static synchronized SpanCapture spans() {
    api();
    return SPANS;
  }

  /** The running devstack, for tests that stop a service or read the mail sink. */
  static synchronized Devstack devstack() {
    api();
    return devstack;
  }

  private static Devstack start() {
    try {
      DevstackSettings settings = new DevstackSettings(
          Files.createTempDirectory("bazaar-e2e"), true, 20000, 0,
          System.getenv().getOrDefault("BAZAAR_PG_HOST", "127.0.0.1"),
          Integer.parseInt(System.getenv().getOrDefault("BAZAAR_PG_PORT", "5432")),
          "postgres", "", "bazaar_e2e_", "admin@bazaar.local", "admin-password",
          SETTINGS);
      return new Devstack(settings, line -> System.out.println("[devstack] " + line)).exportSpansTo(SPANS).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
