package org.bazaar.cart.config;

import java.util.regex.Pattern;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;

/** Cart's settings: the service basics and the shop currency carts are priced in. */
public record CartConfig(ServiceConfig service, String currency) {

  public static final String NAME = "cart";
  public static final int DEFAULT_PORT = 8084;
  private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

  public static CartConfig from(Env env) {
    CartConfig config = new CartConfig(ServiceConfig.from(env, NAME, DEFAULT_PORT),
        env.string("BAZAAR_CURRENCY", "EUR"));
    if (!CURRENCY.matcher(config.currency).matches()) {
      throw new ConfigException("BAZAAR_CURRENCY must be an upper-case ISO 4217 code like EUR, got '"
          + config.currency + "'");
    }
    return config;
  }
}
