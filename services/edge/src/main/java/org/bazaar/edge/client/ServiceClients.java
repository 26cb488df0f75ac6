package org.bazaar.edge.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import org.bazaar.edge.config.EdgeConfig;
import org.bazaar.platform.config.BreakerConfig;
import org.bazaar.platform.discovery.Discovery;
import org.bazaar.platform.resilience.Breakers;

/** One {@link ServiceClient} per downstream service, each with its own breaker named after the service. */
public final class ServiceClients {

  private final Map<String, ServiceClient> clients = new LinkedHashMap<>();

  public ServiceClients(Vertx vertx, Discovery discovery, EdgeConfig config, MeterRegistry registry) {
    for (String service : EdgeConfig.SERVICES) {
      BreakerConfig breaker = config.breaker(service);
      Duration part = config.partTimeout(service);
      if (part != null && part.compareTo(breaker.timeout()) > 0) {
        // the breaker's own timeout must not cut a page part's longer deadline short
        breaker = new BreakerConfig(part, breaker.maxFailures(), breaker.resetTimeout(), breaker.maxRetries(),
            breaker.retryBackoff(), breaker.rollingWindow());
      }
      clients.put(service, new ServiceClient(vertx, discovery, service,
          Breakers.create(vertx, service, breaker, registry), config.breaker(service).timeout()));
    }
  }

  public ServiceClient get(String service) {
    ServiceClient client = clients.get(service);
    if (client == null) {
      throw new IllegalArgumentException("no client for service " + service);
    }
    return client;
  }

  public List<ServiceClient> all() {
    return List.copyOf(clients.values());
  }

  /** The clients of the services the edge cannot work without (readiness). */
  public List<ServiceClient> required() {
    return EdgeConfig.REQUIRED.stream().map(this::get).toList();
  }
}
