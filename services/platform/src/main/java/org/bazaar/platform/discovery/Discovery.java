package org.bazaar.platform.discovery;

import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.servicediscovery.Record;
import io.vertx.servicediscovery.ServiceDiscovery;
import io.vertx.servicediscovery.types.HttpEndpoint;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;

/**
 * Finds the HTTP endpoints of Bazaar services through Vert.x Service Discovery. The one class to change
 * when moving to another discovery mechanism. Mode {@code static} (default) reads
 * {@code BAZAAR_SERVICE_<NAME>_URL}, falling back to the devstack ports.
 */
public final class Discovery {

  /** The devstack address of each service. */
  public static final Map<String, Integer> DEVSTACK_PORTS = Map.ofEntries(
      Map.entry("edge", 8080), Map.entry("identity", 8081), Map.entry("catalog", 8082),
      Map.entry("inventory", 8083), Map.entry("cart", 8084), Map.entry("orders", 8085),
      Map.entry("payments", 8086), Map.entry("notifications", 8087), Map.entry("reviews", 8088),
      Map.entry("recommendations", 8089));

  private final ServiceDiscovery discovery;

  private Discovery(ServiceDiscovery discovery) {
    this.discovery = discovery;
  }

  /** Starts discovery and imports the records of the named services. */
  public static Future<Discovery> create(Vertx vertx, Env env, Iterable<String> services) {
    String mode = env.string("BAZAAR_DISCOVERY_MODE", "static");
    if (!mode.equals("static")) {
      return Future.failedFuture(new ConfigException("BAZAAR_DISCOVERY_MODE must be 'static', got '" + mode + "'"));
    }
    ServiceDiscovery discovery = ServiceDiscovery.create(vertx);
    JsonObject urls = new JsonObject();
    for (String service : services) {
      String variable = "BAZAAR_SERVICE_" + service.toUpperCase().replace('-', '_') + "_URL";
      Integer port = DEVSTACK_PORTS.get(service);
      urls.put(service, env.string(variable, port == null ? null : "http://127.0.0.1:" + port));
      if (urls.getString(service) == null) {
        return Future.failedFuture(new ConfigException(variable + " must be set"));
      }
    }
    return discovery.registerServiceImporter(new StaticServiceImporter(), urls).map(v -> new Discovery(discovery));
  }

  public Future<Record> record(String service) {
    return discovery.getRecord(new JsonObject().put("name", service).put("type", HttpEndpoint.TYPE))
        .compose(record -> record == null
            ? Future.failedFuture(new IllegalStateException("no endpoint published for " + service))
            : Future.succeededFuture(record));
  }

  /** A web client bound to the service's current endpoint; release it with {@link #release(WebClient)}. */
  public Future<WebClient> webClient(String service) {
    return HttpEndpoint.getWebClient(discovery, new JsonObject().put("name", service));
  }

  public void release(WebClient client) {
    ServiceDiscovery.releaseServiceObject(discovery, client);
  }

  public void close() {
    discovery.close();
  }
}
