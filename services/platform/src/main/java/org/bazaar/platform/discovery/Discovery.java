package org.bazaar.platform.discovery;

import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.servicediscovery.Record;
import io.vertx.servicediscovery.ServiceDiscovery;
import io.vertx.servicediscovery.kubernetes.KubernetesServiceImporter;
import io.vertx.servicediscovery.types.HttpEndpoint;
import io.vertx.servicediscovery.types.HttpLocation;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;

/**
 * Finds the HTTP endpoints of Bazaar services through Vert.x Service Discovery. The one class to change
 * when moving to another discovery mechanism. Mode {@code static} (default) reads
 * {@code BAZAAR_SERVICE_<NAME>_URL}, falling back to the devstack ports; mode {@code kubernetes} imports the
 * Services of the pod's namespace that carry the label {@code bazaar.service=<name>} (and, when
 * {@code BAZAAR_KUBERNETES_INSTANCE} is set, {@code app.kubernetes.io/instance=<instance>}).
 */
public final class Discovery {

  /** The devstack address of each service. */
  public static final Map<String, Integer> DEVSTACK_PORTS = Map.ofEntries(
      Map.entry("edge", 8080), Map.entry("identity", 8081), Map.entry("catalog", 8082),
      Map.entry("inventory", 8083), Map.entry("cart", 8084), Map.entry("orders", 8085),
      Map.entry("payments", 8086), Map.entry("notifications", 8087), Map.entry("reviews", 8088),
      Map.entry("recommendations", 8089));

  /** The record metadata (a Service label on Kubernetes) that names the Bazaar service behind an endpoint. */
  public static final String SERVICE_KEY = "bazaar.service";
  /** The Service label that names the Helm release, checked when {@code BAZAAR_KUBERNETES_INSTANCE} is set. */
  public static final String INSTANCE_KEY = "app.kubernetes.io/instance";

  /**
   * Connections one client keeps to a service. Vert.x's default of 5 queued the edge's order placements at
   * 100 orders/s until they timed out and opened the breaker.
   */
  static final int CONNECTIONS_PER_SERVICE = 64;

  private final Vertx vertx;
  private final ServiceDiscovery discovery;
  private final JsonObject scope;

  private Discovery(Vertx vertx, ServiceDiscovery discovery, JsonObject scope) {
    this.vertx = vertx;
    this.discovery = discovery;
    this.scope = scope;
  }

  /** Starts discovery and imports the records of the named services. */
  public static Future<Discovery> create(Vertx vertx, Env env, Iterable<String> services) {
    String mode = env.string("BAZAAR_DISCOVERY_MODE", "static");
    return switch (mode) {
      case "static" -> fromUrls(vertx, env, services);
      case "kubernetes" -> KubernetesImport.from(vertx, env, KubernetesImport.NAMESPACE_FILE)
          .compose(settings -> fromKubernetes(vertx, settings.importerConfiguration(), settings.instance()));
      default -> Future.failedFuture(new ConfigException(
          "BAZAAR_DISCOVERY_MODE must be 'static' or 'kubernetes', got '" + mode + "'"));
    };
  }

  /** Imports the Services of one namespace; completes once the first listing has been imported. */
  static Future<Discovery> fromKubernetes(Vertx vertx, JsonObject importerConfiguration, String instance) {
    ServiceDiscovery discovery = ServiceDiscovery.create(vertx);
    JsonObject scope = instance == null ? new JsonObject() : new JsonObject().put(INSTANCE_KEY, instance);
    return discovery.registerServiceImporter(new KubernetesServiceImporter(), importerConfiguration)
        .<Discovery>map(v -> new Discovery(vertx, discovery, scope))
        .recover(e -> {
          discovery.close();
          return Future.failedFuture(new IllegalStateException("cannot import Services from namespace '"
              + importerConfiguration.getString("namespace") + "' (may the service account list and watch"
              + " services?): " + e.getMessage(), e));
        });
  }

  private static Future<Discovery> fromUrls(Vertx vertx, Env env, Iterable<String> services) {
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
    return discovery.registerServiceImporter(new StaticServiceImporter(), urls)
        .map(v -> new Discovery(vertx, discovery, new JsonObject()));
  }

  /** The filter that finds a service's HTTP endpoint, in either mode. */
  JsonObject filter(String service) {
    return scope.copy().put(SERVICE_KEY, service).put("type", HttpEndpoint.TYPE);
  }

  public Future<Record> record(String service) {
    return discovery.getRecord(filter(service))
        .compose(record -> record == null
            ? Future.failedFuture(new IllegalStateException("no endpoint published for " + service))
            : Future.succeededFuture(record));
  }

  /** A web client bound to the service's current endpoint; release it with {@link #release(WebClient)}. */
  public Future<WebClient> webClient(String service) {
    return record(service).map(record -> {
      HttpLocation location = new HttpLocation(record.getLocation());
      WebClientOptions options = new WebClientOptions().setDefaultHost(location.getHost())
          .setDefaultPort(location.getPort()).setSsl(location.isSsl());
      return WebClient.create(vertx, options, new PoolOptions().setHttp1MaxSize(CONNECTIONS_PER_SERVICE));
    });
  }

  public void release(WebClient client) {
    client.close();
  }

  public void close() {
    discovery.close();
  }
}
