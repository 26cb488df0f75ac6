package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
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
 * The orders service running for real against the test broker and a fresh database, with a client for its
 * HTTP API, a publisher of the events it consumes, and a pool on its database for assertions.
 */
final class OrdersHarness implements AutoCloseable {

  static final String DLQ = Topics.deadLetter("orders");

  final Env env;
  private final ServiceLauncher.Running running;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient web = WebClient.create(vertx);
  private final Pool pool;
  private final TestEvents events = new TestEvents();

  private OrdersHarness(Env env) {
    this.env = env;
    this.running = ServiceLauncher.start("orders", env, OrdersVerticle::new).await();
    this.pool = Databases.pool(vertx, PgConfig.from(env, "orders"), "orders-it");
  }

  /** A new instance on a fresh database; {@code extra} overrides settings. */
  static OrdersHarness start(Map<String, String> extra) {
    TestKafka.createTopics(java.util.List.of(DLQ));
    Map<String, String> settings = new HashMap<>(Map.of("BAZAAR_ORDERS_SWEEP_INTERVAL", "100ms"));
    settings.putAll(extra);
    return new OrdersHarness(TestEnv.forService("orders", settings));
  }

  /** Another instance on the same database (several replicas of the service). */
  OrdersHarness replica() {
    return new OrdersHarness(env.with(Map.of("BAZAAR_HTTP_PORT", Integer.toString(TestEnv.freePort()))));
  }

  HttpRequest<Buffer> request(io.vertx.core.http.HttpMethod method, String path, UUID user, String roles) {
    HttpRequest<Buffer> request = web.request(method, TestEnv.httpPort(env), "127.0.0.1", path);
    if (user != null) {
      request.putHeader("X-Bazaar-User-Id", user.toString());
    }
    if (roles != null) {
      request.putHeader("X-Bazaar-User-Roles", roles);
    }
    return request;
  }

  HttpResponse<Buffer> placeOrder(UUID user, String key, JsonObject body) {
    HttpRequest<Buffer> request = request(io.vertx.core.http.HttpMethod.POST, "/orders", user, "customer");
    if (key != null) {
      request.putHeader("Idempotency-Key", key);
    }
    return request.sendJsonObject(body).await();
  }

  HttpResponse<Buffer> get(UUID user, String path) {
    return request(io.vertx.core.http.HttpMethod.GET, path, user, "customer").send().await();
  }

  /** The service's Prometheus scrape. */
  String metrics() {
    return request(io.vertx.core.http.HttpMethod.GET, "/metrics", null, null).send().await().bodyAsString();
  }

  static JsonObject order(String paymentToken, Object... productsAndQuantities) {
    JsonArray items = new JsonArray();
    for (int i = 0; i < productsAndQuantities.length; i += 2) {
      items.add(new JsonObject().put("productId", productsAndQuantities[i].toString())
          .put("quantity", productsAndQuantities[i + 1]));
    }
    return new JsonObject().put("items", items).put("paymentToken", paymentToken);
  }

  /** Places an order for a known product and answers its id. */
  UUID placedOrder(UUID user, UUID product, int quantity, String token) {
    HttpResponse<Buffer> response = placeOrder(user, UUID.randomUUID().toString(), order(token, product, quantity));
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(202);
    return UUID.fromString(response.bodyAsJsonObject().getString("id"));
  }

  /** Places an order in the trace of {@code traceparent}, as the edge would pass it on, and answers its id. */
  UUID placedOrder(UUID user, UUID product, int quantity, String token, String traceparent) {
    HttpResponse<Buffer> response = request(io.vertx.core.http.HttpMethod.POST, "/orders", user, "customer")
        .putHeader("Idempotency-Key", UUID.randomUUID().toString()).putHeader("traceparent", traceparent)
        .sendJsonObject(order(token, product, quantity)).await();
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(202);
    return UUID.fromString(response.bodyAsJsonObject().getString("id"));
  }

  /** The order's timeline as an admin reads it. */
  HttpResponse<Buffer> timeline(UUID order) {
    return request(io.vertx.core.http.HttpMethod.GET, "/admin/orders/" + order + "/timeline", UUID.randomUUID(),
        "customer,admin").send().await();
  }

  /** The events of the order's timeline, oldest first. */
  java.util.List<JsonObject> timelineEvents(UUID order) {
    HttpResponse<Buffer> response = timeline(order);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject().getJsonArray("events").stream().map(JsonObject.class::cast).toList();
  }

  /** Publishes a product.created and waits until the copy has it. */
  UUID product(String sku, long price) {
    ProductCreated created = new ProductCreated(UUID.randomUUID(), sku, "Product " + sku, "", new Money(price, "EUR"),
        Instant.now());
    publish(created);
    await().atMost(Duration.ofSeconds(60)).until(() -> price(created.productId()) != null);
    return created.productId();
  }

  Long price(UUID product) {
    var rows = pool.preparedQuery("SELECT price_amount FROM products WHERE product_id = $1").execute(Tuple.of(product))
        .await();
    return rows.size() == 0 ? null : rows.iterator().next().getLong(0);
  }

  /** The order's row ({@code status}, {@code step}, {@code reason}, ...), or null. */
  Row orderRow(UUID order) {
    var rows = pool.preparedQuery("SELECT * FROM orders WHERE id = $1").execute(Tuple.of(order)).await();
    return rows.size() == 0 ? null : rows.iterator().next();
  }

  long count(String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.wrap(params)).await().iterator().next().getLong(0);
  }

  /** Publishes a typed payload (validated against its schema first) as a CloudEvent with a new id. */
  String publish(EventPayload payload) {
    return events.publish(payload);
  }

  void publish(EventPayload payload, String eventId) {
    events.publish(payload, eventId);
  }

  /** Publishes a typed payload with a W3C {@code traceparent} header (null: none); answers where it landed. */
  RecordMetadata publish(EventPayload payload, String eventId, String traceparent) {
    ProducerRecord<String, String> record = events.record(payload, eventId);
    if (traceparent != null) {
      record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
    }
    return events.send(record);
  }

  /** Publishes any value with CloudEvents headers, valid or not. */
  void publishRaw(String type, String key, String eventId, String value) {
    events.send(type, key, eventId, value);
  }

  /** Waits until the orders consumer group has committed past {@code record}: it was handled, or skipped. */
  void awaitConsumed(RecordMetadata record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", TestKafka.bootstrapServers()))) {
      await().atMost(Duration.ofSeconds(60)).until(() -> {
        OffsetAndMetadata committed = admin.listConsumerGroupOffsets("orders").partitionsToOffsetAndMetadata().get()
            .get(partition);
        return committed != null && committed.offset() > record.offset();
      });
    }
  }

  /**
   * Undeploys, then closes the service's Vert.x, as two awaited steps: {@code Running.stop()} chains the close
   * onto the service's own context, so its future never completes once that context is gone.
   */
  @Override
  public void close() {
    events.close();
    pool.close().await();
    web.close();
    vertx.close().await();
    running.vertx().undeploy(running.deploymentId()).await();
    running.vertx().close().await();
  }
}
