package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live order status over server-sent events, fed by the edge's one consumer of order.events. */
class OrderStatusStreamIT {

  private static final String USER = UUID.randomUUID().toString();
  private static EdgeHarness edge;
  private static OrderEventsProducer producer;
  private static String customer;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start(Map.of("BAZAAR_EDGE_SSE_HEARTBEAT", "200ms"));
    customer = edge.token(USER, "customer");
    producer = new OrderEventsProducer();
    // the feed starts at the latest offset: wait until it has its partitions before publishing anything
    await().atMost(Duration.ofSeconds(30)).until(() -> edge.send(GET, "/metrics", null, null).bodyAsString()
        .matches("(?s).*bazaar_order_feed_partitions\\{[^}]*} [1-9].*"));
  }

  @AfterAll
  static void stop() {
    producer.close();
    edge.close();
  }

  @Test
  void pendingThenConfirmed_andTheStreamEnds() throws Exception {
    String order = pendingOrder();
    try (SseClient stream = SseClient.open(edge.vertx, edge.port, events(order), customer)) {
      assertThat(stream.status).isEqualTo(200);
      assertThat(stream.headers.get("Content-Type")).startsWith("text/event-stream");
      await().atMost(Duration.ofSeconds(10)).until(() -> stream.events.size() == 1);
      assertThat(stream.events.get(0)).isEqualTo(new JsonObject().put("id", order).put("status", "PENDING")
          .putNull("reason").put("updatedAt", "2026-01-01T10:00:00Z"));

      producer.confirm(order, USER);
      await().atMost(Duration.ofSeconds(20)).until(stream::ended);
      assertThat(stream.statuses()).containsExactly("PENDING", "CONFIRMED");
      assertThat(stream.events.get(1).getString("id")).isEqualTo(order);
      assertThat(stream.events.get(1).getValue("reason")).isNull();
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> watchers() == 0);
  }

  @Test
  void cancelledCarriesItsReason() throws Exception {
    String order = pendingOrder();
    try (SseClient stream = SseClient.open(edge.vertx, edge.port, events(order), customer)) {
      await().atMost(Duration.ofSeconds(10)).until(() -> stream.events.size() == 1);
      producer.cancel(order, USER, CancellationReason.PAYMENT_DECLINED);
      await().atMost(Duration.ofSeconds(20)).until(stream::ended);
      assertThat(stream.events.get(1).getString("status")).isEqualTo("CANCELLED");
      assertThat(stream.events.get(1).getString("reason")).isEqualTo("PAYMENT_DECLINED");
    }
  }

  @Test
  void anOrderAlreadyFinal_isOneEventAndTheEnd() {
    String order = UUID.randomUUID().toString();
    edge.service("orders").answer(GET, "/orders/" + order, 200, order(order, "CANCELLED", "OUT_OF_STOCK"));
    try (SseClient stream = SseClient.open(edge.vertx, edge.port, events(order), customer)) {
      await().atMost(Duration.ofSeconds(10)).until(stream::ended);
      assertThat(stream.statuses()).containsExactly("CANCELLED");
      assertThat(stream.events.get(0).getString("reason")).isEqualTo("OUT_OF_STOCK");
    }
  }

  @Test
  void someoneElsesOrder_is404_andUnsignedIs401() {
    String order = UUID.randomUUID().toString();
    assertProblem(edge.send(GET, events(order), customer, null), 404, events(order));
    assertProblem(edge.send(GET, events(order), null, null), 401, events(order));
    assertThat(edge.service("orders").last(GET, "/orders/" + order).headers().get("X-Bazaar-User-Id")).isEqualTo(USER);
  }

  @Test
  void heartbeats_keepAnIdleStreamAlive_andLeavingCleansUp() {
    String order = pendingOrder();
    SseClient stream = SseClient.open(edge.vertx, edge.port, events(order), customer);
    await().atMost(Duration.ofSeconds(5)).until(() -> stream.comments.size() >= 2);
    assertThat(stream.comments).allMatch("heartbeat"::equals);
    assertThat(watchers()).isEqualTo(1);
    stream.close();
    await().atMost(Duration.ofSeconds(5)).until(() -> watchers() == 0);
  }

  @Test
  void fiftyWatchers_shareTheOneConsumer() throws Exception {
    List<String> orders = new ArrayList<>();
    List<SseClient> streams = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        String order = i % 2 == 0 ? pendingOrder() : orders.get(i - 1);
        orders.add(order);
        streams.add(SseClient.open(edge.vertx, edge.port, events(order), customer));
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> streams.stream().allMatch(s -> s.events.size() == 1));
      assertThat(watchers()).isEqualTo(50);
      assertThat(liveEdgeGroups()).as("one consumer for all watchers").hasSize(1)
          .allSatisfy(group -> assertThat(group.members()).hasSize(1));

      for (String order : orders.stream().distinct().toList()) {
        producer.confirm(order, USER);
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> streams.stream().allMatch(SseClient::ended));
      assertThat(streams).allSatisfy(s -> assertThat(s.statuses()).containsExactly("PENDING", "CONFIRMED"));
      await().atMost(Duration.ofSeconds(5)).until(() -> watchers() == 0);
    } finally {
      streams.forEach(SseClient::close);
    }
  }

  private static String pendingOrder() {
    String order = UUID.randomUUID().toString();
    edge.service("orders").answer(GET, "/orders/" + order, 200, order(order, "PENDING", null));
    return order;
  }

  private static JsonObject order(String id, String status, String reason) {
    return new JsonObject().put("id", id).put("status", status).put("reason", reason).put("items", List.of())
        .put("total", new JsonObject().put("amount", 500).put("currency", "EUR"))
        .put("createdAt", "2026-01-01T10:00:00Z").put("updatedAt", "2026-01-01T10:00:00Z");
  }

  private static String events(String order) {
    return "/api/v1/orders/" + order + "/events";
  }

  private static int watchers() {
    String metrics = edge.send(GET, "/metrics", null, null).bodyAsString();
    return metrics.lines().filter(line -> line.startsWith("bazaar_order_watchers{")).findFirst()
        .map(line -> (int) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(-1);
  }

  /** The groups of edge order feeds that have members right now. */
  private static List<ConsumerGroupDescription> liveEdgeGroups() throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
      List<String> ids = admin.listConsumerGroups().all().get().stream().map(g -> g.groupId())
          .filter(id -> id.startsWith("edge-")).toList();
      return admin.describeConsumerGroups(ids).all().get().values().stream()
          .filter(group -> !group.members().isEmpty()).toList();
    }
  }

}
