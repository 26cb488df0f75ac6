package org.bazaar.edge.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import org.bazaar.edge.config.EdgeConfig;
import org.bazaar.platform.discovery.Discovery;
import org.bazaar.platform.resilience.Breakers;

/** One {@link ServiceClient} per downstream service, each with its own breaker named after the service. */
public final class ServiceClients {

  private final Map<String, ServiceClient> clients = new LinkedHashMap<>();

  public ServiceClients(Vertx vertx, Discovery discovery, EdgeConfig config, MeterRegistry registry) {
    for (String service : EdgeConfig.SERVICES) {
      clients.put(service, new ServiceClient(vertx, discovery, service,
          Breakers.create(vertx, service, config.breaker(service), registry), config.breaker(service).timeout()));
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
}
