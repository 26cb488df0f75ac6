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
final class Shop {

  private static Devstack devstack;

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

  private static Devstack start() {
    try {
      DevstackSettings settings = new DevstackSettings(
          Files.createTempDirectory("bazaar-e2e"), true, 20000, 0,
          System.getenv().getOrDefault("BAZAAR_PG_HOST", "127.0.0.1"),
          Integer.parseInt(System.getenv().getOrDefault("BAZAAR_PG_PORT", "5432")),
          "postgres", "", "bazaar_e2e_", "admin@bazaar.local", "admin-password",
          Map.of(
              "BAZAAR_ORDERS_STOCK_DEADLINE", "20s",
              "BAZAAR_ORDERS_PAYMENT_DEADLINE", "40s",
              "BAZAAR_SIMULATOR_SLOW_DELAY", "20s",
              "BAZAAR_BREAKER_PROVIDER_TIMEOUT", "1s",
              "BAZAAR_BREAKER_PROVIDER_RETRY_BACKOFF", "100ms",
              "BAZAAR_BREAKER_PROVIDER_MAX_FAILURES", "20",
              "BAZAAR_KAFKA_BACKOFF_FIRST", "50ms",
              "BAZAAR_KAFKA_BACKOFF_MAX", "1s"));
      return new Devstack(settings, line -> System.out.println("[devstack] " + line)).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
