package org.bazaar.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
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
import org.bazaar.platform.testing.TestKafka;
import org.bazaar.recommendations.config.RecommendationsConfig;

/**
 * A running recommendations service on a fresh database, a raw Kafka producer that publishes events the way
 * the outbox relay does (CloudEvents {@code ce_*} headers), an HTTP client and a pool to look at its tables.
 */
final class TestRecommendations implements AutoCloseable {

  static final String NAME = RecommendationsConfig.NAME;

  private final ServiceLauncher.Running service;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient client;
  private final Pool pool;
  private final KafkaProducer<String, String> producer;

  private TestRecommendations(Env env) {
    TestKafka.createTopics(List.of(Topics.deadLetter(NAME)));
    this.service = ServiceLauncher.start(NAME, env, RecommendationsVerticle::new).await();
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(TestEnv.httpPort(env)));
    this.pool = Databases.pool(vertx, PgConfig.from(env, NAME), "recommendations-test");
    this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestKafka.bootstrapServers(),
        "linger.ms", "0"), new StringSerializer(), new StringSerializer());
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
    return send(Topics.forType(event.type()), null, event.key(), eventId, event.type(), event.toJson().encode());
  }

  /** Publishes the event to the given partition, behind everything sent there before. */
  int publishOn(int partition, EventPayload event) {
    return send(Topics.forType(event.type()), partition, event.key(), UUID.randomUUID().toString(), event.type(),
        event.toJson().encode());
  }

  /** Sends one record with CloudEvents binary-mode headers; the value may be anything, poison included. */
  int send(String topic, String key, String eventId, String type, String value) {
    return send(topic, null, key, eventId, type, value);
  }

  private int send(String topic, Integer partition, String key, String eventId, String type, String value) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, key, value);
    record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(eventId))
        .add("ce_source", bytes("/test")).add("ce_type", bytes(type))
        .add("ce_time", bytes(Instant.now().toString())).add("content-type", bytes("application/json"));
    return sendRecord(record);
  }

  /** Sends a record without any header: not an event at all. */
  void sendWithoutHeaders(String topic, String key, String value) {
    sendRecord(new ProducerRecord<>(topic, key, value));
  }

  long count(String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.from(params)).await().iterator().next().getLong(0);
  }

  static String sku() {
    return "SKU-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private int sendRecord(ProducerRecord<String, String> record) {
    try {
      return producer.send(record).get().partition();
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish to " + record.topic(), e);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    producer.close();
    client.close();
    pool.close().await();
    vertx.close().await();
    service.stop().await();
  }
}
