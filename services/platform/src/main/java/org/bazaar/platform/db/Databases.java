package org.bazaar.platform.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.bazaar.platform.config.PgConfig;

/** Builds the reactive Postgres pool of a service. */
public final class Databases {

  private Databases() {
  }

  public static PgConnectOptions connectOptions(PgConfig config) {
    PgConnectOptions options = new PgConnectOptions()
        .setHost(config.host())
        .setPort(config.port())
        .setDatabase(config.database())
        .setUser(config.user())
        .setCachePreparedStatements(true)
        .setReconnectAttempts(2)
        .setReconnectInterval(500);
    if (!config.password().isEmpty()) {
      options.setPassword(config.password());
    }
    return options;
  }

  /** A named pool (the name becomes the {@code pool_name} metric tag). */
  public static Pool pool(Vertx vertx, PgConfig config, String name) {
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(config.poolSize()).setName(name).setShared(false))
        .connectingTo(connectOptions(config))
        .using(vertx)
        .build();
  }
}
