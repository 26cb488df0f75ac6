package org.bazaar.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.bazaar.events.EventPayload;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductViewed;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.testing.TestEnv;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;
import org.bazaar.recommendations.config.RecommendationsConfig;

/**
 * A running recommendations service on a fresh database, a publisher of the events it consumes, an HTTP client
 * and a pool to look at its tables.
 */
final class TestRecommendations implements AutoCloseable {

  static final String NAME = RecommendationsConfig.NAME;

  private final ServiceLauncher.Running service;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient client;
  private final Pool pool;
  private final TestEvents events = new TestEvents();

  private TestRecommendations(Env env) {
    TestKafka.createTopics(List.of(Topics.deadLetter(NAME)));
    this.service = ServiceLauncher.start(NAME, env, RecommendationsVerticle::new).await();
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(TestEnv.httpPort(env)));
    this.pool = Databases.pool(vertx, PgConfig.from(env, NAME), "recommendations-test");
  }

  static TestRecommendations start() {
    return new TestRecommendations(TestEnv.forService(NAME, Map.of()));
  }

  HttpResponse<Buffer> get(String path) {
    return client.get(path).send().await();
  }

  /** The ids of the items a list route answers, in order; the answer must be a 200. */
  List<String> ids(String path) {
    HttpResponse<Buffer> response = get(path);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject().getJsonArray("items").stream()
        .map(item -> ((JsonObject) item).getString("id")).toList();
  }

  List<String> recommendations(UUID product) {
    return ids("/products/" + product + "/recommendations?limit=20");
  }

  List<String> history(UUID user) {
    return ids("/history/" + user + "?limit=100");
  }

  /** Announces a new product, as catalog does, and returns its id. */
  UUID product(String name) {
    return product(name, 1000);
  }

  UUID product(String name, long price) {
    UUID id = UUID.randomUUID();
    publish(new ProductCreated(id, sku(), name, "About " + name, new Money(price, "EUR"), Instant.now()));
    return id;
  }

  /** Publishes a confirmed order holding one unit of each product. */
  void order(UUID... products) {
    publish(confirmed(products));
  }

  static OrderConfirmed confirmed(UUID... products) {
    List<OrderLine> lines = Arrays.stream(products)
        .map(p -> new OrderLine(p, "SKU-" + p.toString().substring(0, 8), "Thing", 1, new Money(1000, "EUR")))
        .toList();
    return new OrderConfirmed(UUID.randomUUID(), UUID.randomUUID(), lines, new Money(1000L * products.length, "EUR"),
        Instant.now());
  }

  void view(UUID user, UUID product, Instant at) {
    publish(new ProductViewed(user, product, at));
  }

  /** Publishes the event with a fresh id; returns the partition it went to. */
  int publish(EventPayload event) {
    return publish(UUID.randomUUID().toString(), event);
  }

  int publish(String eventId, EventPayload event) {
    return events.send(events.record(event, eventId)).partition();
  }

  /** Publishes the event to the given partition, behind everything sent there before. */
  void publishOn(int partition, EventPayload event) {
    events.publish(event.type(), event.key(), UUID.randomUUID().toString(), event.toJson(), partition);
  }

  /** Sends one record with CloudEvents binary-mode headers; the value may be anything, poison included. */
  void send(String type, String key, String eventId, String value) {
    events.send(type, key, eventId, value);
  }

  /** Sends a record without any header: not an event at all. */
  void sendWithoutHeaders(String topic, String key, String value) {
    events.sendRaw(topic, key, value);
  }

  long count(String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.from(params)).await().iterator().next().getLong(0);
  }

  static String sku() {
    return "SKU-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public void close() {
    events.close();
    client.close();
    pool.close().await();
    vertx.close().await();
    service.stop().await();
  }
}
