package org.bazaar.platform.launch;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Deployable;
import org.bazaar.platform.config.Env;

/** Builds a service's main verticle from its settings and its metrics registry. */
@FunctionalInterface
public interface ServiceFactory {
  Deployable create(Env env, PrometheusMeterRegistry registry);
}
