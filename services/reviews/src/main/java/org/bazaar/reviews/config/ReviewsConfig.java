package org.bazaar.reviews.config;

import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;

/** Reviews' settings: the service basics (HTTP, Postgres, Kafka), validated by the platform. */
public record ReviewsConfig(ServiceConfig service) {

  public static final String NAME = "reviews";
  public static final int DEFAULT_PORT = 8088;

  public static ReviewsConfig from(Env env) {
    return new ReviewsConfig(ServiceConfig.from(env, NAME, DEFAULT_PORT));
  }
}
