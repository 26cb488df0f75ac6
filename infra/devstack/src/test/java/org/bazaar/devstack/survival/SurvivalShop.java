package org.bazaar.devstack.survival;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalTime;

import org.bazaar.devstack.DevstackSettings;
import org.bazaar.devstack.ProcessDevstack;
import org.bazaar.devstack.e2e.Shop;

/**
 * The shop the survival tests break: one process per service, started from empty state on ports +22000
 * (clear of a running {@code ./bazaar up} and of the end-to-end suite's +20000), {@code bazaar_survival_*}
 * databases, and the end-to-end suite's short deadlines.
 */
final class SurvivalShop {

  static final String DATABASE_PREFIX = "bazaar_survival_";

  private SurvivalShop() {
  }

  static ProcessDevstack start() {
    try {
      // +22000 keeps every port (30080-30090, SMTP 24525) below Linux's ephemeral range (32768 up): a client
      // connection of an earlier test in this JVM can hold a port there for as long as it lives
      DevstackSettings settings = new DevstackSettings(
          Files.createTempDirectory("bazaar-survival"), true, 22000, 0,
          System.getenv().getOrDefault("BAZAAR_PG_HOST", "127.0.0.1"),
          Integer.parseInt(System.getenv().getOrDefault("BAZAAR_PG_PORT", "5432")),
          "postgres", "", DATABASE_PREFIX, "admin@bazaar.local", "admin-password",
          Shop.SETTINGS);
      return start(settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the shop again on the state a crashed one left: same directory, databases and broker port. */
  static ProcessDevstack startAgain(ProcessDevstack crashed) {
    DevstackSettings before = crashed.settings();
    int kafkaPort = Integer.parseInt(crashed.bootstrapServers().substring(crashed.bootstrapServers().lastIndexOf(':') + 1));
    return start(new DevstackSettings(before.stateDir(), false, before.portOffset(), kafkaPort, before.pgHost(),
        before.pgPort(), before.pgAdminUser(), before.pgAdminPassword(), before.databasePrefix(), before.adminEmail(),
        before.adminPassword(), before.extra()));
  }

  private static ProcessDevstack start(DevstackSettings settings) {
    return new ProcessDevstack(settings, line -> System.out.println("[survival " + LocalTime.now().withNano(0) + "] "
        + line)).start();
  }
}
