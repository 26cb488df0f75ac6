package org.bazaar.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.bazaar.events.EventPayload;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.testing.TestEnv;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;

/**
 * The cart service running for real against the test broker and a fresh database, with a client for its HTTP
 * API, a publisher of the events it consumes, and a pool on its database for assertions.
 */
final class CartHarness implements AutoCloseable {

  static final String DLQ = Topics.deadLetter("cart");
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final Env env;
  private final ServiceLauncher.Running running;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient web = WebClient.create(vertx);
  private final Pool pool;
  private final TestEvents events = new TestEvents();

  private CartHarness(Env env) {
    this.env = env;
    this.running = ServiceLauncher.start("cart", env, CartVerticle::new).await();
    this.pool = Databases.pool(vertx, PgConfig.from(env, "cart"), "cart-it");
  }

  static CartHarness start() {
    TestKafka.createTopics(List.of(DLQ));
    return new CartHarness(TestEnv.forService("cart", Map.of()));
  }

  HttpRequest<Buffer> request(HttpMethod method, String path, UUID customer) {
    HttpRequest<Buffer> request = web.request(method, TestEnv.httpPort(env), "127.0.0.1", path);
    if (customer != null) {
      request.putHeader("X-Bazaar-User-Id", customer.toString()).putHeader("X-Bazaar-User-Roles", "customer");
    }
    return request;
  }

  HttpResponse<Buffer> cart(UUID customer) {
    return request(HttpMethod.GET, "/cart", customer).send().await();
  }

  HttpResponse<Buffer> put(UUID customer, Object product, Object quantity) {
    return request(HttpMethod.PUT, "/cart/items/" + product, customer)
        .sendJsonObject(new JsonObject().put("quantity", quantity)).await();
  }

  HttpResponse<Buffer> remove(UUID customer, Object product) {
    return request(HttpMethod.DELETE, "/cart/items/" + product, customer).send().await();
  }

  /** Sets a quantity that must be accepted, and answers the cart. */
  JsonObject set(UUID customer, UUID product, int quantity) {
    HttpResponse<Buffer> response = put(customer, product, quantity);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject();
  }

  /** Publishes a product.created and waits until the copy has it. */
  UUID product(String sku, long price) {
    ProductCreated created = new ProductCreated(UUID.randomUUID(), sku, "Product " + sku, "", new Money(price, "EUR"),
        Instant.now());
    publish(created);
    await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM products WHERE product_id = $1",
        created.productId()) == 1);
    return created.productId();
  }

  long count(String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.wrap(params)).await().iterator().next().getLong(0);
  }

  /** Waits until the event with this id was processed (its inbox row committed). */
  void awaitProcessed(String eventId) {
    await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId) == 1);
  }

  /** Publishes a typed payload (validated against its schema first) as a CloudEvent with a new id. */
  String publish(EventPayload payload) {
    return events.publish(payload);
  }

  void publish(EventPayload payload, String eventId) {
    events.publish(payload, eventId);
  }

  /** Publishes any value with CloudEvents headers, valid or not. */
  void publishRaw(String type, String key, String eventId, String value) {
    events.send(type, key, eventId, value);
  }

  /** Publishes a record with no CloudEvents headers at all. */
  void publishHeaderless(String topic, String key, String value) {
    events.sendRaw(topic, key, value);
  }

  @Override
  public void close() {
    events.close();
    pool.close().await();
    web.close();
    vertx.close().await();
    running.stop().await();
  }
}
