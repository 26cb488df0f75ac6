package org.bazaar.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.bazaar.platform.config.PgConfig;

/** Creates a fresh, empty database on the local Postgres server for one test class. */
public final class TestDatabases {

  private static final String HOST = System.getenv().getOrDefault("BAZAAR_PG_HOST", "127.0.0.1");
  private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("BAZAAR_PG_PORT", "5432"));
  private static final String ADMIN = System.getenv().getOrDefault("BAZAAR_PG_ADMIN_USER", "postgres");

  private TestDatabases() {
  }

  public static PgConfig fresh(String prefix) {
    String name = ("t_" + prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
        ADMIN, "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name + " (is Postgres running?)", e);
    }
    return new PgConfig(HOST, PORT, name, ADMIN, "", 8);
  }

  /** Runs one statement as the admin user against the given database (tests that break things on purpose). */
  public static void execute(PgConfig db, String sql) {
    try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), ADMIN, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
