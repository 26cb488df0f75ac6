package org.bazaar.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates one database and one login role per service on the Postgres server, on first start (or after
 * {@code --fresh}, which drops them first). Each database is owned by its role and closed to everyone else.
 */
final class PostgresProvisioner {

  private final DevstackSettings settings;

  PostgresProvisioner(DevstackSettings settings) {
    this.settings = settings;
  }

  void provision(List<String> services) {
    try (Connection admin = connect("postgres")) {
      for (String service : services) {
        String name = settings.database(service);
        if (settings.fresh()) {
          execute(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
          execute(admin, "CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
        }
        if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
          execute(admin, "CREATE DATABASE " + name + " OWNER " + name);
          execute(admin, "REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare the service databases on " + settings.pgHost() + ":"
          + settings.pgPort() + " as " + settings.pgAdminUser() + " (is Postgres running?): " + e.getMessage(), e);
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + settings.pgHost() + ":" + settings.pgPort() + "/"
        + database, settings.pgAdminUser(), settings.pgAdminPassword());
  }

  private static boolean exists(Connection connection, String sql, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
