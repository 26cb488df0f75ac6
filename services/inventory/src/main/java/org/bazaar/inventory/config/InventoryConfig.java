package org.bazaar.inventory.config;

import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;

/** The inventory service's settings: the platform's HTTP, Postgres and Kafka settings, listening on 8083. */
public record InventoryConfig(ServiceConfig service) {

  public static final String NAME = "inventory";
  public static final int DEFAULT_PORT = 8083;

  /** Reads and validates every setting; a bad value fails start-up with the variable's name. */
  public static InventoryConfig from(Env env) {
    return new InventoryConfig(ServiceConfig.from(env, NAME, DEFAULT_PORT));
  }
}
