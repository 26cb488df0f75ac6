package org.bazaar.platform.config;

/** What every service needs: its name, where it listens, its database and Kafka. */
public record ServiceConfig(String name, String httpHost, int httpPort, PgConfig pg, KafkaConfig kafka) {

  /** {@code BAZAAR_HTTP_HOST} (default 0.0.0.0) and {@code BAZAAR_HTTP_PORT} (the service's devstack port). */
  public static ServiceConfig from(Env env, String name, int defaultPort) {
    int port = env.integer("BAZAAR_HTTP_PORT", defaultPort);
    if (port < 0 || port > 65535) {
      throw new ConfigException("BAZAAR_HTTP_PORT must be between 0 and 65535, got " + port);
    }
    return new ServiceConfig(name, env.string("BAZAAR_HTTP_HOST", "0.0.0.0"), port,
        PgConfig.from(env, name), KafkaConfig.from(env));
  }
}
