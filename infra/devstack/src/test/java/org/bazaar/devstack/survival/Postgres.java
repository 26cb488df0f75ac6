package org.bazaar.devstack.survival;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bazaar.devstack.DevstackSettings;

/**
 * The one local Postgres server every test shares, restarted under load by the survival suite (as root, through
 * Debian's {@code pg_ctlcluster}); {@link #ensureRunning} puts it back whatever happened.
 */
final class Postgres {

  private static final Duration BACK_WITHIN = Duration.ofSeconds(60);
  private final DevstackSettings settings;

  Postgres(DevstackSettings settings) {
    this.settings = settings;
  }

  /** Restarts the server (fast shutdown: every connection is cut) and waits until it accepts connections. */
  void restart() {
    cluster("restart");
    awaitUp();
  }

  /** Starts the server if it does not answer, and waits until it does. */
  void ensureRunning() {
    if (!up()) {
      cluster("start");
    }
    awaitUp();
  }

  private void awaitUp() {
    await().atMost(BACK_WITHIN).pollInterval(Duration.ofMillis(250)).until(this::up);
  }

  private boolean up() {
    String url = "jdbc:postgresql://" + settings.pgHost() + ":" + settings.pgPort() + "/postgres?connectTimeout=2";
    try (Connection connection = DriverManager.getConnection(url, settings.pgAdminUser(), settings.pgAdminPassword())) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void cluster(String action) {
    try {
      Process process = new ProcessBuilder(List.of("bash", "-c",
          "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main " + action))
          .inheritIO().start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("pg_ctlcluster " + action + " did not finish within 60 s");
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run pg_ctlcluster " + action, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
