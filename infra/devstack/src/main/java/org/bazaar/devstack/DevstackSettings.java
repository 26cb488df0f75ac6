package org.bazaar.devstack;

import java.nio.file.Path;
import java.util.Map;

import org.bazaar.platform.config.Env;

/**
 * Where the devstack keeps its state and how it reaches Postgres. Everything has a default for one laptop;
 * {@code extra} is passed to every service (tests use it to shorten deadlines and timeouts).
 */
public record DevstackSettings(
    Path stateDir,
    boolean fresh,
    int portOffset,
    int kafkaPort,
    String pgHost,
    int pgPort,
    String pgAdminUser,
    String pgAdminPassword,
    String databasePrefix,
    String adminEmail,
    String adminPassword,
    Map<String, String> extra) {

  public static DevstackSettings from(Env env, boolean fresh) {
    return new DevstackSettings(
        Path.of(env.string("BAZAAR_STATE_DIR", ".bazaar")).toAbsolutePath(),
        fresh,
        env.integer("BAZAAR_PORT_OFFSET", 0),
        env.integer("BAZAAR_KAFKA_PORT", 9092),
        env.string("BAZAAR_PG_HOST", "127.0.0.1"),
        env.integer("BAZAAR_PG_PORT", 5432),
        env.string("BAZAAR_PG_ADMIN_USER", "postgres"),
        env.string("BAZAAR_PG_ADMIN_PASSWORD", ""),
        env.string("BAZAAR_DB_PREFIX", "bazaar_"),
        env.string("BAZAAR_ADMIN_EMAIL", "admin@bazaar.local"),
        env.string("BAZAAR_ADMIN_PASSWORD", "admin-password"),
        Map.of());
  }

  public int port(int devstackPort) {
    return devstackPort + portOffset;
  }

  public String database(String service) {
    return databasePrefix + service;
  }
}
