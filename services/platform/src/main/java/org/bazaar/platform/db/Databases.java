package org.bazaar.platform.db;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import org.bazaar.platform.config.PgConfig;

/** Builds the reactive Postgres pool of a service. */
public final class Databases {

  /** The {@code :port} of every database a pool was built for, to tell its refused connections from others'. */
  private static final Set<String> ADDRESSES = ConcurrentHashMap.newKeySet();

  private Databases() {
  }

  /**
   * Whether a refused connection (its message ends with the address, as {@code Connection refused: /host:port})
   * was refused by a database this process has a pool for, rather than by a mail server or an HTTP service.
   */
  public static boolean refusedByADatabase(String connectFailure) {
    return connectFailure != null && ADDRESSES.stream().anyMatch(connectFailure::endsWith);
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
    ADDRESSES.add(":" + config.port());
    return PgBuilder.pool()
        .with(new PoolOptions().setMaxSize(config.poolSize()).setName(name).setShared(false))
        .connectingTo(connectOptions(config))
        .using(vertx)
        .build();
  }
}
