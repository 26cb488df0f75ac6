package org.bazaar.platform.db;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.bazaar.platform.config.PgConfig;
import org.flywaydb.core.Flyway;

/**
 * Runs Flyway off the event loop: first the platform's own tables (outbox, inbox) with their own history
 * table, then the service's migrations from {@code classpath:db/<service>}.
 */
public final class Migrations {

  private Migrations() {
  }

  public static Future<Void> migrate(Vertx vertx, PgConfig config, String service) {
    return vertx.executeBlocking(() -> {
      flyway(config, "db/platform", "platform_schema_history").migrate();
      flyway(config, "db/" + service, "flyway_schema_history").migrate();
      return null;
    }, false);
  }

  private static Flyway flyway(PgConfig config, String location, String historyTable) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(config.jdbcUrl(), config.user(), config.password())
        .locations("classpath:" + location)
        .table(historyTable)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .failOnMissingLocations(false)
        .load();
  }
}
