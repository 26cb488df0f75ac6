package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A signed-in customer's product page view becomes product.viewed on browsing.events; nobody waits for it. */
class ProductViewsIT {

  private static EdgeHarness edge;
  private static TestConsumer views;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    views = new TestConsumer(Topics.BROWSING_EVENTS);
  }

  @AfterAll
  static void stop() {
    views.close();
    edge.close();
  }

  @Test
  void aCustomersView_isPublishedAsProductViewed_keyedByTheUser() {
    String user = UUID.randomUUID().toString();
    String product = product(edge);
    long started = System.nanoTime();
    assertThat(edge.send(GET, "/api/v1/products/" + product, edge.token(user, "customer"), null).statusCode())
        .isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

    ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
        .until(() -> viewsOf(product), found -> !found.isEmpty()).get(0);
    assertThat(record.key()).isEqualTo(user);
    JsonObject data = new JsonObject(record.value());
    assertThat(data.getString("userId")).isEqualTo(user);
    assertThat(data.getString("viewedAt")).isNotBlank();
    assertThat(EventSchemas.load().validate(EventTypes.PRODUCT_VIEWED_V1, data).valid()).isTrue();
    assertThat(TestConsumer.header(record, "ce_type")).isEqualTo(EventTypes.PRODUCT_VIEWED_V1);
    assertThat(TestConsumer.header(record, "ce_specversion")).isEqualTo("1.0");
    assertThat(TestConsumer.header(record, "ce_source")).isEqualTo("/bazaar/edge");
    assertThat(TestConsumer.header(record, "ce_id")).isNotBlank();
    assertThat(TestConsumer.header(record, "ce_time")).isNotBlank();
    assertThat(TestConsumer.header(record, "ce_dataschema"))
        .isEqualTo(EventSchemas.load().dataSchema(EventTypes.PRODUCT_VIEWED_V1));
    assertThat(TestConsumer.header(record, "content-type")).isEqualTo("application/json");
    assertThat(TestConsumer.header(record, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
  }

  @Test
  void anonymousAndInvalidTokenViews_areNotPublished() {
    String anonymous = product(edge);
    String badToken = product(edge);
    assertThat(edge.send(GET, "/api/v1/products/" + anonymous, null, null).statusCode()).isEqualTo(200);
    assertThat(edge.send(GET, "/api/v1/products/" + badToken, edge.expiredToken(UUID.randomUUID().toString(),
        "customer"), null).statusCode()).as("a bad token on a public page is ignored").isEqualTo(200);
    // a later signed-in view on the same producer arriving proves the earlier ones were not sent
    String marker = product(edge);
    edge.send(GET, "/api/v1/products/" + marker, edge.token(UUID.randomUUID().toString(), "customer"), null);
    await().atMost(Duration.ofSeconds(30)).until(() -> !viewsOf(marker).isEmpty());
    assertThat(viewsOf(anonymous)).isEmpty();
    assertThat(viewsOf(badToken)).isEmpty();
  }

  @Test
  void withKafkaUnreachable_thePageStillAnswersAtOnce_andAFullQueueDropsAndCounts() {
    try (EdgeHarness offline = EdgeHarness.start(Map.of("BAZAAR_KAFKA_BOOTSTRAP_SERVERS",
        "127.0.0.1:" + TestEnv.freePort(), "BAZAAR_EDGE_VIEW_QUEUE", "2"))) {
      String product = product(offline);
      String token = offline.token(UUID.randomUUID().toString(), "customer");
      for (int i = 0; i < 10; i++) {
        long started = System.nanoTime();
        assertThat(offline.send(GET, "/api/v1/products/" + product, token, null).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(800));
      }
      String metrics = offline.send(GET, "/metrics", null, null).bodyAsString();
      assertThat(metrics).containsPattern("bazaar_views_dropped_total\\{[^}]*reason=\"queue_full\"[^}]*} [1-9]");
    }
  }

  private static String product(EdgeHarness harness) {
    String id = UUID.randomUUID().toString();
    harness.service("catalog").answer(GET, "/products/" + id, 200, ProductPageIT.product(id));
    return id;
  }

  private static List<ConsumerRecord<String, String>> viewsOf(String product) {
    return views.records().stream().filter(r -> new JsonObject(r.value()).getString("productId").equals(product))
        .toList();
  }
}
