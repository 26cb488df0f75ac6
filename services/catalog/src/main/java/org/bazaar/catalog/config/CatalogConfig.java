package org.bazaar.catalog.config;

import java.util.regex.Pattern;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;

/** Catalog's settings: the service basics and the shop currency every price must be in. */
public record CatalogConfig(ServiceConfig service, String currency) {

  public static final String NAME = "catalog";
  public static final int DEFAULT_PORT = 8082;
  private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

  public static CatalogConfig from(Env env) {
    CatalogConfig config = new CatalogConfig(ServiceConfig.from(env, NAME, DEFAULT_PORT),
        env.string("BAZAAR_CURRENCY", "EUR"));
    if (!CURRENCY.matcher(config.currency).matches()) {
      throw new ConfigException("BAZAAR_CURRENCY must be an upper-case ISO 4217 code like EUR, got '"
          + config.currency + "'");
    }
    return config;
  }
}
