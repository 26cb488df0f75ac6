package org.bazaar.platform.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Kubernetes mode against a stand-in API server that lists Services the way the chart labels them. */
@ExtendWith(VertxExtension.class)
class KubernetesDiscoveryTest {

  private final CopyOnWriteArrayList<String> requests = new CopyOnWriteArrayList<>();

  @Test
  void kubernetesMode_findsTheLabelledServiceOfItsRelease(Vertx vertx, VertxTestContext test) {
    apiServer(vertx).compose(server -> Discovery.fromKubernetes(vertx, new JsonObject()
            .put("namespace", "shop").put("host", "127.0.0.1").put("port", server.actualPort())
            .put("ssl", false).put("token", "pod-token"), "bazaar"))
        .compose(discovery -> discovery.record("catalog").eventually(() -> close(discovery)))
        .onComplete(test.succeeding(record -> test.verify(() -> {
          assertThat(record.getLocation().getString("host")).isEqualTo("10.96.0.12");
          assertThat(record.getLocation().getInteger("port")).isEqualTo(8082);
          assertThat(record.getMetadata().getString("app.kubernetes.io/instance")).isEqualTo("bazaar");
          assertThat(requests).first().asString()
              .startsWith("GET /api/v1/namespaces/shop/services").contains("Bearer pod-token");
          test.completeNow();
        })));
  }

  @Test
  void kubernetesMode_ignoresServicesWithoutTheLabelOrOfAnotherRelease(Vertx vertx, VertxTestContext test) {
    apiServer(vertx).compose(server -> Discovery.fromKubernetes(vertx, new JsonObject()
            .put("namespace", "shop").put("host", "127.0.0.1").put("port", server.actualPort())
            .put("ssl", false).put("token", "pod-token"), "bazaar"))
        .compose(discovery -> discovery.record("orders").eventually(() -> close(discovery)))
        .onComplete(test.failing(e -> test.verify(() -> {
          assertThat(e).hasMessageContaining("no endpoint published for orders");
          test.completeNow();
        })));
  }

  @Test
  void namespace_comesFromTheVariableFirst(Vertx vertx, VertxTestContext test) {
    KubernetesImport.from(vertx, Env.isolated(Map.of("BAZAAR_KUBERNETES_NAMESPACE", "shop",
            "BAZAAR_KUBERNETES_INSTANCE", "bazaar")), "/nonexistent")
        .onComplete(test.succeeding(settings -> test.verify(() -> {
          assertThat(settings).isEqualTo(new KubernetesImport("shop", "bazaar"));
          test.completeNow();
        })));
  }

  @Test
  void namespace_fallsBackToTheServiceAccountFile(Vertx vertx, VertxTestContext test, @TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("namespace"), "shop-staging\n");
    KubernetesImport.from(vertx, Env.isolated(Map.of()), file.toString())
        .onComplete(test.succeeding(settings -> test.verify(() -> {
          assertThat(settings.namespace()).isEqualTo("shop-staging");
          assertThat(settings.instance()).isNull();
          test.completeNow();
        })));
  }

  @Test
  void namespace_missingEverywhere_isAClearConfigurationError(Vertx vertx, VertxTestContext test) {
    KubernetesImport.from(vertx, Env.isolated(Map.of()), "/nonexistent/namespace")
        .onComplete(test.failing(e -> test.verify(() -> {
          assertThat(e).isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_KUBERNETES_NAMESPACE");
          test.completeNow();
        })));
  }

  @Test
  void unknownMode_isRejected(Vertx vertx, VertxTestContext test) {
    Discovery.create(vertx, Env.isolated(Map.of("BAZAAR_DISCOVERY_MODE", "consul")), java.util.List.of("catalog"))
        .onComplete(test.failing(e -> test.verify(() -> {
          assertThat(e).isInstanceOf(ConfigException.class).hasMessageContaining("'static' or 'kubernetes'");
          test.completeNow();
        })));
  }

  private static io.vertx.core.Future<Void> close(Discovery discovery) {
    discovery.close();
    return io.vertx.core.Future.succeededFuture();
  }

  /** Lists three Services: catalog of this release, orders of another release, and an unlabelled one. */
  private io.vertx.core.Future<HttpServer> apiServer(Vertx vertx) {
    JsonArray items = new JsonArray()
        .add(service("bazaar-catalog", "10.96.0.12", 8082, new JsonObject()
            .put("bazaar.service", "catalog").put("app.kubernetes.io/instance", "bazaar")
            .put("service-type", "http-endpoint")))
        .add(service("other-orders", "10.96.0.15", 8085, new JsonObject()
            .put("bazaar.service", "orders").put("app.kubernetes.io/instance", "other")))
        .add(service("postgres", "10.96.0.20", 5432, new JsonObject()));
    return vertx.createHttpServer().requestHandler(request -> {
      requests.add(request.method() + " " + request.uri() + " " + request.getHeader("Authorization"));
      if (request.getParam("watch") != null) {
        request.response().setChunked(true).putHeader("Content-Type", "application/json").write("");
        return;
      }
      request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
          .put("kind", "ServiceList").put("metadata", new JsonObject().put("resourceVersion", "41"))
          .put("items", items).encode());
    }).listen(0, "127.0.0.1");
  }

  private static JsonObject service(String name, String clusterIp, int port, JsonObject labels) {
    return new JsonObject()
        .put("metadata", new JsonObject().put("name", name).put("namespace", "shop").put("uid", name + "-uid")
            .put("labels", labels))
        .put("spec", new JsonObject().put("type", "ClusterIP").put("clusterIP", clusterIp)
            .put("ports", new JsonArray().add(new JsonObject().put("name", "http").put("port", port)
                .put("targetPort", "http").put("protocol", "TCP"))));
  }
}
