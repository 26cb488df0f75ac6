package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin dead-letter routes over HTTP: admin only, problem+json errors, list, show, replay once. */
class DeadLetterRoutesIT {

  private static final String BASE = "/api/v1/admin/dead-letters";
  private static EdgeHarness edge;
  private static String admin;
  private final String topic = "edge-it-" + UUID.randomUUID().toString().substring(0, 8) + ".dlq";

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    admin = edge.token(UUID.randomUUID().toString(), "admin");
  }

  @AfterAll
  static void stop() {
    edge.close();
  }

  @Test
  void onlyAdminsMayCall() {
    assertProblem(edge.send(GET, BASE, null, null), 401, BASE);
    assertProblem(edge.send(GET, BASE, edge.token("c-1", "customer"), null), 403, BASE);
    assertProblem(edge.send(POST, BASE + "/orders.dlq/0/0/replay", edge.token("c-1", "customer"), null), 403,
        BASE + "/orders.dlq/0/0/replay");
  }

  @Test
  void unknownTopicsAndBadPositions_areProblems() {
    assertProblem(edge.send(GET, BASE + "/nobody-here.dlq", admin, null), 404, BASE + "/nobody-here.dlq");
    assertProblem(edge.send(GET, BASE + "/orders.dlq/x/0", admin, null), 400, BASE + "/orders.dlq/x/0");
    assertProblem(edge.send(GET, BASE + "/orders.dlq?limit=0", admin, null), 400, BASE + "/orders.dlq");
  }

  @Test
  void aDeadLetter_isListedShownAndReplayedOnce() throws Exception {
    TestKafka.createTopics(List.of(topic));
    String key = UUID.randomUUID().toString();
    RecordMetadata written = deadLetter(key);
    String path = BASE + "/" + topic + "/" + written.partition() + "/" + written.offset();

    JsonObject topics = ok(edge.send(GET, BASE, admin, null));
    assertThat(topics.getJsonArray("items").stream().map(JsonObject.class::cast))
        .anySatisfy(t -> assertThat(t.getString("topic")).isEqualTo(topic));
    JsonObject page = ok(edge.send(GET, BASE + "/" + topic + "?reason=store", admin, null));
    assertThat(page.getJsonArray("items")).hasSize(1);
    JsonObject shown = ok(edge.send(GET, path, admin, null));
    assertThat(shown.getString("key")).isEqualTo(key);
    assertThat(shown.getString("reason")).isEqualTo("store is down");
    assertThat(shown.getJsonObject("original").getString("topic")).isEqualTo(Topics.USER_EVENTS);
    assertThat(shown.getJsonObject("headers").getString("ce_type")).isEqualTo(EventTypes.USER_REGISTERED_V1);
    assertThat(shown.getValue("replay")).isNull();

    JsonObject replayed = ok(edge.send(POST, path + "/replay", admin, null));
    assertThat(replayed.getJsonObject("replay").getJsonObject("replayedTo").getString("topic"))
        .isEqualTo(Topics.USER_EVENTS);
    assertThat(assertProblem(edge.send(POST, path + "/replay", admin, null), 409, path + "/replay")
        .getString("detail")).contains("replayed at");
    JsonObject summary = ok(edge.send(POST, BASE + "/" + topic + "/replay", admin, new JsonObject()));
    assertThat(summary.getJsonArray("replayed")).isEmpty();
    assertThat(summary.getInteger("alreadyReplayed")).isEqualTo(1);
  }

  private static JsonObject ok(HttpResponse<Buffer> response) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    return response.bodyAsJsonObject();
  }

  /** Writes a record to the dead-letter topic as a consumer group would. */
  private RecordMetadata deadLetter(String key) {
    try (TestEvents events = new TestEvents()) {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, new JsonObject()
          .put("userId", key).put("email", "ann@example.com").put("name", "Ann")
          .put("registeredAt", "2026-01-01T00:00:00Z").encode());
      header(record, "ce_specversion", "1.0");
      header(record, "ce_id", UUID.randomUUID().toString());
      header(record, "ce_type", EventTypes.USER_REGISTERED_V1);
      header(record, "dlq_reason", "store is down");
      header(record, "dlq_original_topic", Topics.USER_EVENTS);
      header(record, "dlq_original_partition", "0");
      header(record, "dlq_original_offset", "0");
      return events.send(record);
    }
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
