package org.bazaar.edge.config;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;

/**
 * Browser-facing settings: whether answers carry {@code Strict-Transport-Security}, which origins CORS
 * allows (none: CORS off), and whether {@code X-Forwarded-*} headers from a proxy name the client.
 */
public record WebConfig(boolean hsts, List<String> corsOrigins, boolean trustForwarded) {

  private static final Pattern ORIGIN = Pattern.compile("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$");

  public static WebConfig from(Env env) {
    List<String> origins = Arrays.stream(env.string("BAZAAR_EDGE_CORS_ORIGINS", "").split(","))
        .map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    for (String origin : origins) {
      if (!ORIGIN.matcher(origin).matches()) {
        throw new ConfigException("BAZAAR_EDGE_CORS_ORIGINS must be a comma-separated list of origins like "
            + "https://shop.example.com, got '" + origin + "'");
      }
    }
    return new WebConfig(env.bool("BAZAAR_EDGE_HSTS", false), origins,
        env.bool("BAZAAR_EDGE_TRUST_FORWARDED", false));
  }

  public boolean cors() {
    return !corsOrigins.isEmpty();
  }
}
