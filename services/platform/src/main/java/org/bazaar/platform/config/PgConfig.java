package org.bazaar.platform.config;

/** Where a service's own database lives and how to reach it. */
public record PgConfig(String host, int port, String database, String user, String password, int poolSize) {

  /** {@code BAZAAR_PG_HOST/PORT/DATABASE/USER/PASSWORD/POOL_SIZE}; database and user default to {@code bazaar_<service>}. */
  public static PgConfig from(Env env, String service) {
    String owner = "bazaar_" + service;
    PgConfig config = new PgConfig(
        env.string("BAZAAR_PG_HOST", "127.0.0.1"),
        env.integer("BAZAAR_PG_PORT", 5432),
        env.string("BAZAAR_PG_DATABASE", owner),
        env.string("BAZAAR_PG_USER", owner),
        env.string("BAZAAR_PG_PASSWORD", ""),
        env.integer("BAZAAR_PG_POOL_SIZE", 8));
    if (config.poolSize < 1) {
      throw new ConfigException("BAZAAR_PG_POOL_SIZE must be at least 1");
    }
    return config;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }
}
