package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.events.EventTypes.ORDER_CANCELLED_V1;
import static org.bazaar.events.EventTypes.ORDER_CONFIRMED_V1;
import static org.bazaar.events.EventTypes.ORDER_PLACED_V1;
import static org.bazaar.events.EventTypes.PAYMENT_AUTHORIZED_V1;
import static org.bazaar.events.EventTypes.PAYMENT_DECLINED_V1;
import static org.bazaar.events.EventTypes.PAYMENT_REQUESTED_V1;
import static org.bazaar.events.EventTypes.PRODUCT_CREATED_V1;
import static org.bazaar.events.EventTypes.PRODUCT_DISCONTINUED_V1;
import static org.bazaar.events.EventTypes.PRODUCT_UPDATED_V1;
import static org.bazaar.events.EventTypes.PRODUCT_VIEWED_V1;
import static org.bazaar.events.EventTypes.STOCK_REJECTED_V1;
import static org.bazaar.events.EventTypes.STOCK_RESERVED_V1;
import static org.bazaar.events.EventTypes.USER_REGISTERED_V1;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bazaar.devstack.dlq.DeadLettersCli;
import org.bazaar.events.Topics;
import org.bazaar.events.stock.StockLevels;
import org.bazaar.platform.testing.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Poison in every consumed topic: each unreadable, schema-invalid or unknown-version record lands in the
 * dead-letter topic of every consumer group that reads it, with its reason, while valid events behind it on
 * the same partition are still processed; the admin API and {@code ./bazaar dlq} list them, and a dead letter
 * whose cause was fixed is processed exactly once when replayed, a second replay being refused.
 */
class DeadLettersE2EIT {

  /** Topic → consumer group → the event types that group handles there (the README's table, from the code). */
  private static final Map<String, Map<String, List<String>>> CONSUMERS = Map.of(
      Topics.USER_EVENTS, Map.of(
          "notifications", List.of(USER_REGISTERED_V1),
          "reviews", List.of(USER_REGISTERED_V1)),
      Topics.PRODUCT_EVENTS, Map.of(
          "inventory", List.of(PRODUCT_CREATED_V1),
          "cart", List.of(PRODUCT_CREATED_V1, PRODUCT_UPDATED_V1, PRODUCT_DISCONTINUED_V1),
          "orders", List.of(PRODUCT_CREATED_V1, PRODUCT_UPDATED_V1, PRODUCT_DISCONTINUED_V1),
          "reviews", List.of(PRODUCT_CREATED_V1, PRODUCT_DISCONTINUED_V1),
          "recommendations", List.of(PRODUCT_CREATED_V1, PRODUCT_UPDATED_V1, PRODUCT_DISCONTINUED_V1)),
      Topics.STOCK_EVENTS, Map.of(
          "catalog", StockLevels.TYPES,
          "orders", List.of(STOCK_RESERVED_V1, STOCK_REJECTED_V1),
          "recommendations", StockLevels.TYPES),
      Topics.ORDER_EVENTS, Map.of(
          "inventory", List.of(ORDER_PLACED_V1, ORDER_CONFIRMED_V1, ORDER_CANCELLED_V1),
          "payments", List.of(ORDER_CANCELLED_V1),
          "notifications", List.of(ORDER_CONFIRMED_V1, ORDER_CANCELLED_V1),
          "reviews", List.of(ORDER_CONFIRMED_V1),
          "recommendations", List.of(ORDER_CONFIRMED_V1),
          "cart", List.of(ORDER_CONFIRMED_V1)),
      Topics.PAYMENT_EVENTS, Map.of(
          "orders", List.of(PAYMENT_AUTHORIZED_V1, PAYMENT_DECLINED_V1),
          "payments", List.of(PAYMENT_REQUESTED_V1)),
      Topics.BROWSING_EVENTS, Map.of(
          "recommendations", List.of(PRODUCT_VIEWED_V1)));

  /** Per topic, types whose schema-invalid copies between them reach every consumer group of the topic. */
  private static final Map<String, List<String>> INVALID = Map.of(
      Topics.USER_EVENTS, List.of(USER_REGISTERED_V1),
      Topics.PRODUCT_EVENTS, List.of(PRODUCT_CREATED_V1),
      Topics.STOCK_EVENTS, List.of(STOCK_RESERVED_V1),
      Topics.ORDER_EVENTS, List.of(ORDER_CONFIRMED_V1, ORDER_CANCELLED_V1),
      Topics.PAYMENT_EVENTS, List.of(PAYMENT_AUTHORIZED_V1, PAYMENT_REQUESTED_V1),
      Topics.BROWSING_EVENTS, List.of(PRODUCT_VIEWED_V1));

  private final Api api = Shop.api();
  private final TestEvents events = new TestEvents(Shop.devstack().bootstrapServers());
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void close() {
    events.close();
  }

  @Test
  void poisonInEveryConsumedTopic_isDeadLetteredWithItsReason_whileThePartitionKeepsMoving() {
    assertThat(CONSUMERS.keySet()).containsAll(INVALID.keySet()).hasSize(Topics.all().size() - 1)
        .doesNotContain(Topics.REVIEW_EVENTS); // nobody consumes review.events
    Map<String, Map<String, String>> expected = new HashMap<>(); // group → poison key → reason prefix
    CONSUMERS.forEach((topic, groups) -> {
      for (int partition = 0; partition < partitions(topic); partition++) {
        String handled = INVALID.get(topic).get(0);
        expectAll(expected, groups, send(topic, partition, "not-json", handled, "1.0", "this is not json {"),
            "malformed event: value is not a JSON object");
        expectAll(expected, groups, send(topic, partition, "unknown-version", handled, "2.0", "{}"),
            "malformed event: unsupported ce_specversion 2.0");
        String future = handled.replaceAll("\\.v[0-9]+$", ".v99");
        expectAll(expected, groups, send(topic, partition, "unknown-type-version", future, "1.0", "{}"),
            "no released schema for event type " + future);
        for (String type : INVALID.get(topic)) {
          String key = send(topic, partition, "invalid-" + type, type, "1.0", "{\"unexpected\":true}");
          groups.forEach((group, types) -> {
            if (types.contains(type)) {
              expected.computeIfAbsent(group, g -> new HashMap<>()).put(key, "payload does not match " + type);
            }
          });
        }
      }
    });

    // valid events behind the poison, on every topic and partition they land on
    String admin = api.admin();
    JsonObject product = api.stockedProduct(admin, 1500, 5);
    String email = "dlq-" + run + "@example.com";
    api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", email).put("password", "long-enough")
        .put("name", "Poison Tester")).expect(201);
    String customer = api.login(email, "long-enough");
    String order = api.placeOrder(customer, Api.order(product.getString("id"), 1, "tok_ok"), UUID.randomUUID()
        .toString()).expect(202).json().getString("id");
    assertThat(api.awaitSettled(customer, order).getString("status")).isEqualTo("CONFIRMED");
    api.call("GET", "/api/v1/products/" + product.getString("id"), customer, null).expect(200);

    await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email) == 2);         // welcome and confirmation
    await().atMost(Duration.ofSeconds(30)).until(() -> api.call("GET", "/api/v1/products/" + product.getString("id"),
        null, null).expect(200).json().getInteger("available") == 4);                 // catalog read stock events
    await().atMost(Duration.ofSeconds(30)).until(() -> api.call("GET", "/api/v1/me/history", customer, null)
        .expect(200).json().getJsonArray("items").size() == 1);                        // the view was recorded
    CONSUMERS.forEach((topic, groups) -> groups.keySet().forEach(group -> Consumers.awaitCaughtUp(group, topic)));

    // every poison record is in the dead-letter topic of exactly the groups that read it, with its reason
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> expected.forEach((group, reasons) -> {
      Map<String, String> found = poisonIn(admin, group);
      assertThat(found.keySet()).as(group).containsExactlyInAnyOrderElementsOf(reasons.keySet());
      reasons.forEach((key, reason) -> assertThat(found.get(key)).as(group + " " + key).startsWith(reason));
    }));
    JsonArray topics = api.call("GET", "/api/v1/admin/dead-letters", admin, null).expect(200).json()
        .getJsonArray("items");
    expected.forEach((group, reasons) -> assertThat(topics.stream().map(JsonObject.class::cast))
        .anySatisfy(t -> {
          assertThat(t.getString("topic")).isEqualTo(group + ".dlq");
          assertThat(t.getLong("count")).isGreaterThanOrEqualTo(reasons.size());
        }));
    String listed = cli("list");
    expected.keySet().forEach(group -> assertThat(listed).contains(group + ".dlq"));
  }

  @Test
  void aDeadLetterWhoseCauseWasFixed_isProcessedOnceWhenReplayed_andASecondReplayIsRefused() {
    String admin = api.admin();
    String customerId = UUID.randomUUID().toString();
    String email = "replay-" + run + "@example.com";
    String orderId = UUID.randomUUID().toString();
    String eventId = events.publish(ORDER_CONFIRMED_V1, orderId, UUID.randomUUID().toString(),
        confirmed(orderId, customerId));

    // notifications does not know the customer yet: it retries, then dead-letters the confirmation
    JsonObject dead = await().atMost(Duration.ofSeconds(60)).until(() -> deadLetters(admin, "notifications",
        "?type=" + ORDER_CONFIRMED_V1).stream().filter(r -> eventId.equals(r.getString("eventId"))).findFirst()
        .orElse(null), found -> found != null);
    assertThat(dead.getJsonObject("original").getString("topic")).isEqualTo(Topics.ORDER_EVENTS);
    assertThat(dead.getInteger("attempts")).isGreaterThan(1);
    String position = dead.getInteger("partition") + " " + dead.getLong("offset");
    assertThat(cli("show notifications.dlq " + position)).contains(eventId).contains(orderId).contains("dlq_reason");

    // the cause goes away: the customer's registration arrives
    events.publish(USER_REGISTERED_V1, customerId, UUID.randomUUID().toString(), new JsonObject()
        .put("userId", customerId).put("email", email).put("name", "Late Registrant")
        .put("registeredAt", "2026-01-01T00:00:00Z"));
    await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(email) == 1);
    assertThat(mailsAbout(email, orderId)).isZero();

    assertThat(cli("replay notifications.dlq " + position)).startsWith("replayed notifications.dlq-");
    await().atMost(Duration.ofSeconds(30)).until(() -> mailsAbout(email, orderId) == 1);

    String path = "/api/v1/admin/dead-letters/notifications.dlq/" + position.replace(' ', '/');
    Api.Reply again = api.call("POST", path + "/replay", admin, null).expect(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    assertThat(cli("replay notifications.dlq " + position)).contains("409");
    assertThat(api.call("GET", path, admin, null).expect(200).json().getJsonObject("replay")).isNotNull();
    Consumers.awaitCaughtUp("notifications", Topics.ORDER_EVENTS);
    assertThat(mailsAbout(email, orderId)).isEqualTo(1);
  }

  private String send(String topic, int partition, String kind, String type, String specVersion, String value) {
    String key = "poison-" + run + "-" + topic + "-" + kind + "-" + partition;
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, key, value);
    record.headers().add("ce_specversion", bytes(specVersion)).add("ce_id", bytes(UUID.randomUUID().toString()))
        .add("ce_source", bytes("/e2e/poison")).add("ce_type", bytes(type))
        .add("ce_time", bytes("2026-01-01T00:00:00Z")).add("content-type", bytes("application/json"));
    events.send(record);
    return key;
  }

  private static void expectAll(Map<String, Map<String, String>> expected, Map<String, List<String>> groups,
      String key, String reason) {
    groups.keySet().forEach(group -> expected.computeIfAbsent(group, g -> new HashMap<>()).put(key, reason));
  }

  /** This run's poison in a group's dead-letter topic, read through the admin API: key → reason. */
  private Map<String, String> poisonIn(String admin, String group) {
    Map<String, String> found = new LinkedHashMap<>();
    deadLetters(admin, group, "").stream()
        .filter(r -> r.getString("key") != null && r.getString("key").startsWith("poison-" + run + "-"))
        .forEach(r -> assertThat(found.put(r.getString("key"), r.getString("reason"))).as("twice: " + r).isNull());
    return found;
  }

  /** Every record of {@code <group>.dlq} (none while the topic does not exist), page by page. */
  private List<JsonObject> deadLetters(String admin, String group, String query) {
    List<JsonObject> records = new ArrayList<>();
    String next = null;
    do {
      String path = "/api/v1/admin/dead-letters/" + group + ".dlq" + (query.isEmpty() ? "?" : query + "&")
          + "limit=100" + (next == null ? "" : "&cursor=" + next);
      Api.Reply reply = api.call("GET", path, admin, null);
      if (reply.status() == 404 && next == null) {
        return records;
      }
      JsonObject page = reply.expect(200).json();
      page.getJsonArray("items").forEach(item -> records.add((JsonObject) item));
      next = page.getString("next");
    } while (next != null);
    return records;
  }

  private static String cli(String command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DeadLettersCli.run(command.split(" "), Map.of("BAZAAR_EDGE_URL", Shop.devstack().edgeUrl()),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int partitions(String topic) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", Shop.devstack().bootstrapServers()))) {
      return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
          .partitions().size();
    } catch (Exception e) {
      throw new IllegalStateException("cannot describe " + topic, e);
    }
  }

  private static long mailsTo(String email) {
    return Shop.devstack().mailSink().messages().stream().filter(m -> m.to().contains(email)).count();
  }

  private static long mailsAbout(String email, String orderId) {
    return Shop.devstack().mailSink().messages().stream()
        .filter(m -> m.to().contains(email) && m.text().contains(orderId)).count();
  }

  private static JsonObject confirmed(String orderId, String customerId) {
    JsonObject price = new JsonObject().put("amount", 1299).put("currency", "EUR");
    return new JsonObject().put("orderId", orderId).put("customerId", customerId)
        .put("lines", new JsonArray().add(new JsonObject().put("productId", UUID.randomUUID().toString())
            .put("sku", "DLQ-" + orderId.substring(0, 8)).put("name", "Mug").put("quantity", 1).put("unitPrice", price)))
        .put("total", price).put("confirmedAt", "2026-01-01T00:00:00Z");
  }

  private static byte[] bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }
}
