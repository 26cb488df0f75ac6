package org.bazaar.inventory.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.bazaar.inventory.InventoryVerticle;
import org.bazaar.inventory.Stock;
import org.bazaar.inventory.config.InventoryConfig;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.testing.TestEnv;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One or more real inventory instances sharing one fresh database, the test broker and one consumer group,
 * with an HTTP client and a read-only view of the database for assertions. Registered as a static
 * {@code @RegisterExtension} field, it starts before a test class and stops after it.
 */
public final class InventoryService implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

  public static final String ADMIN = "admin";
  public static final String CUSTOMER = "customer";

  private final List<ServiceLauncher.Running> instances = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();
  private final Vertx vertx = Vertx.vertx();
  private final WebClient http = WebClient.create(vertx);
  private final int count;
  private Pool pool;

  private InventoryService(int count) {
    this.count = count;
  }

  /** Inventory for a test class: {@code count} instances started before its tests and stopped after them. */
  public static InventoryService instances(int count) {
    return new InventoryService(count);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Env env = TestEnv.forService(InventoryConfig.NAME, Map.of());
    for (int i = 0; i < count; i++) {
      Env instance = i == 0 ? env : env.with(Map.of("BAZAAR_HTTP_PORT", Integer.toString(TestEnv.freePort())));
      instances.add(ServiceLauncher.start(InventoryConfig.NAME, instance, InventoryVerticle::new).await());
      ports.add(TestEnv.httpPort(instance));
    }
    PgConfig db = InventoryConfig.from(env).service().pg();
    pool = Databases.pool(vertx, db, "inventory-test-reads");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  public int instances() {
    return ports.size();
  }

  /** The Prometheus scrape of the first instance. */
  public String metrics() {
    return http.get(ports.get(0), "127.0.0.1", "/metrics").send().await().bodyAsString();
  }

  public HttpResponse<Buffer> get(String sku, String roles) {
    return as(http.get(ports.get(0), "127.0.0.1", "/inventory/" + sku), roles).send().await();
  }

  public HttpResponse<Buffer> adjust(String sku, int delta, String reason) {
    return adjust(0, sku, new JsonObject().put("delta", delta).put("reason", reason).encode(), ADMIN);
  }

  /** Posts a raw body to the given instance, as a caller with the given roles (null: no caller at all). */
  public HttpResponse<Buffer> adjust(int instance, String sku, String body, String roles) {
    return as(http.post(ports.get(instance), "127.0.0.1", "/inventory/" + sku + "/adjustments"), roles)
        .putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer(body)).await();
  }

  public Optional<Stock> stock(String sku) {
    var rows = pool.preparedQuery("SELECT sku, on_hand, reserved, version FROM stock WHERE sku = $1")
        .execute(Tuple.of(sku)).await();
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(new Stock(row.getString(0), row.getInteger(1), row.getInteger(2), row.getLong(3)));
  }

  public Optional<String> reservationStatus(UUID orderId) {
    var rows = pool.preparedQuery("SELECT status FROM reservations WHERE order_id = $1").execute(Tuple.of(orderId))
        .await();
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0));
  }

  /** Whether inventory has processed (and committed the effect of) the event with this id. */
  public boolean processed(String eventId) {
    return pool.preparedQuery("SELECT 1 FROM inbox WHERE event_id = $1").execute(Tuple.of(eventId)).await().size() > 0;
  }

  public long scalar(String sql) {
    return pool.query(sql).execute().await().iterator().next().getLong(0);
  }

  /** Runs SQL straight against the service's database (tests that check the last line of defence). */
  public void execute(String sql) {
    pool.query(sql).execute().await();
  }

  @Override
  public void close() {
    instances.forEach(running -> running.stop().await());
    pool.close().await();
    vertx.close().await();
  }

  private static HttpRequest<Buffer> as(HttpRequest<Buffer> request, String roles) {
    if (roles != null) {
      request.putHeader("X-Bazaar-User-Id", UUID.randomUUID().toString()).putHeader("X-Bazaar-User-Roles", roles);
    }
    return request;
  }
}
