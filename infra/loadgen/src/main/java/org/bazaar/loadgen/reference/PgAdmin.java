package org.bazaar.loadgen.reference;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;

/** The Postgres server the shop uses, reached as its administrator: scratch databases are made and dropped here. */
public record PgAdmin(String host, int port, String user, String password) {

  public static PgAdmin fromEnvironment() {
    return new PgAdmin(env("BAZAAR_PG_HOST", "127.0.0.1"), Integer.parseInt(env("BAZAAR_PG_PORT", "5432")),
        env("BAZAAR_PG_ADMIN_USER", "postgres"), env("BAZAAR_PG_ADMIN_PASSWORD", ""));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  PgConnectOptions options(String database) {
    PgConnectOptions options = new PgConnectOptions().setHost(host).setPort(port).setUser(user).setDatabase(database);
    if (!password.isEmpty()) {
      options.setPassword(password);
    }
    return options;
  }

  Pool pool(Vertx vertx, String database, int size) {
    return PgBuilder.pool().with(new PoolOptions().setMaxSize(size).setName("bench-" + database))
        .connectingTo(options(database)).using(vertx).build();
  }

  public void execute(Vertx vertx, String sql) {
    Pool pool = pool(vertx, "postgres", 1);
    try {
      pool.query(sql).execute().await();
    } finally {
      pool.close().await();
    }
  }

  /** Drops every database and login role whose name starts with {@code prefix}. */
  public List<String> dropAll(Vertx vertx, String prefix) {
    Pool pool = pool(vertx, "postgres", 1);
    List<String> dropped = new ArrayList<>();
    try {
      String like = prefix.replace("_", "\\_") + "%";
      for (Row row : pool.preparedQuery("SELECT datname FROM pg_database WHERE datname LIKE $1")
          .execute(io.vertx.sqlclient.Tuple.of(like)).await()) {
        pool.query("DROP DATABASE IF EXISTS \"" + row.getString(0) + "\" WITH (FORCE)").execute().await();
        dropped.add(row.getString(0));
      }
      for (Row row : pool.preparedQuery("SELECT rolname FROM pg_roles WHERE rolname LIKE $1")
          .execute(io.vertx.sqlclient.Tuple.of(like)).await()) {
        pool.query("DROP ROLE IF EXISTS \"" + row.getString(0) + "\"").execute().await();
      }
    } finally {
      pool.close().await();
    }
    return dropped;
  }
}
