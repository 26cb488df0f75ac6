package org.bazaar.edge.http;

import java.time.Duration;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import org.bazaar.edge.client.ServiceClient;
import org.bazaar.edge.client.ServiceClients;
import org.bazaar.edge.client.ServiceRequest;
import org.bazaar.platform.health.Health;

/**
 * The edge is ready when every service it cannot work without answers {@code /health/live} in time (reviews
 * and recommendations only degrade the product page). Probes bypass the breakers: readiness reports
 * reachability, and must not trip or be hidden by a breaker.
 */
public final class Readiness {

  private Readiness() {
  }

  public static void register(Health health, ServiceClients services, Duration timeout) {
    for (ServiceClient service : services.required()) {
      health.checks().register(service.service(), timeout.toMillis() + 1000, promise -> service
          .probe(new ServiceRequest(HttpMethod.GET, "/health/live", MultiMap.caseInsensitiveMultiMap(), null), timeout)
          .onSuccess(answer -> promise.tryComplete(answer.status() == 200 ? Status.OK()
              : Status.KO(new JsonObject().put("reason", "answered " + answer.status()))))
          .onFailure(failure -> promise.tryComplete(Status.KO(new JsonObject().put("reason", "unreachable")))));
    }
  }
}
