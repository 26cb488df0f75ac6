package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.testing.TestEnv;

/** A running catalog on a fresh database, and an HTTP client that can call it as an admin or a customer. */
final class TestCatalog implements AutoCloseable {

  static final String ADMIN = "admin,customer";
  static final String CUSTOMER = "customer";

  final Env env;
  private final ServiceLauncher.Running service;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient client;

  private TestCatalog(Env env) {
    this.env = env;
    this.service = ServiceLauncher.start("catalog", env, CatalogVerticle::new).await();
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(TestEnv.httpPort(env)));
  }

  static TestCatalog start() {
    return new TestCatalog(TestEnv.forService("catalog", Map.of()));
  }

  PgConfig database() {
    return PgConfig.from(env, "catalog");
  }

  HttpResponse<Buffer> get(String path) {
    return client.get(path).send().await();
  }

  HttpResponse<Buffer> post(String roles, JsonObject body) {
    return as(client.post("/products"), roles).sendJsonObject(body).await();
  }

  HttpResponse<Buffer> patch(String roles, String id, JsonObject body) {
    return as(client.patch("/products/" + id), roles).sendJsonObject(body).await();
  }

  HttpResponse<Buffer> delete(String roles, String id) {
    return as(client.delete("/products/" + id), roles).send().await();
  }

  /** Creates a product as an admin and returns it. */
  JsonObject create(String sku, String name, String description, long amount) {
    HttpResponse<Buffer> response = post(ADMIN, product(sku, name, description, amount));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    return response.bodyAsJsonObject();
  }

  static JsonObject product(String sku, String name, String description, long amount) {
    return new JsonObject().put("sku", sku).put("name", name).put("description", description)
        .put("price", new JsonObject().put("amount", amount).put("currency", "EUR"));
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static HttpRequest<Buffer> as(HttpRequest<Buffer> request, String roles) {
    if (roles != null) {
      request.putHeader("X-Bazaar-User-Id", UUID.randomUUID().toString()).putHeader("X-Bazaar-User-Roles", roles);
    }
    return request;
  }

  /**
   * Undeploys, then closes Vert.x, as two awaited steps: {@code Running.stop()} chains the close onto the
   * service's own context, so its future never completes once that context is gone.
   */
  @Override
  public void close() {
    client.close();
    vertx.close().await();
    service.vertx().undeploy(service.deploymentId()).await();
    service.vertx().close().await();
  }
}
