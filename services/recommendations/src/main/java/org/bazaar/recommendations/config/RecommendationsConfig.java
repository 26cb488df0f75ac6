package org.bazaar.recommendations.config;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;

/** Recommendations' settings: the service basics and how many viewed products to keep per shopper. */
public record RecommendationsConfig(ServiceConfig service, int historySize) {

  public static final String NAME = "recommendations";
  public static final int DEFAULT_PORT = 8089;
  public static final String HISTORY_SIZE = "BAZAAR_RECOMMENDATIONS_HISTORY_SIZE";
  public static final int DEFAULT_HISTORY_SIZE = 100;
  static final int MAX_HISTORY_SIZE = 10_000;

  public static RecommendationsConfig from(Env env) {
    int historySize = env.integer(HISTORY_SIZE, DEFAULT_HISTORY_SIZE);
    if (historySize < 1 || historySize > MAX_HISTORY_SIZE) {
      throw new ConfigException(HISTORY_SIZE + " must be between 1 and " + MAX_HISTORY_SIZE + ", got " + historySize);
    }
    return new RecommendationsConfig(ServiceConfig.from(env, NAME, DEFAULT_PORT), historySize);
  }
}
