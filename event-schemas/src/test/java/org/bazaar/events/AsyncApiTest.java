package org.bazaar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AsyncApiTest {

  private static final List<String> CONSUMER_GROUPS = List.of("catalog", "inventory", "orders", "payments", "cart", "reviews", "recommendations", "notifications");
  private final AsyncApiDocument doc = AsyncApiDocument.load();

  @Test
  void document_isAsyncApi3() {
    assertThat(doc.<String>at("asyncapi")).isEqualTo("3.0.0");
    assertThat(doc.<String>at("defaultContentType")).isEqualTo("application/json");
  }

  @Test
  void everyTopic_andEveryDeadLetterTopic_isAChannel() {
    Set<String> addresses = doc.channels().values().stream()
        .map(channel -> (String) channel.get("address")).collect(Collectors.toSet());
    assertThat(addresses).containsAll(Topics.all());
    assertThat(addresses).containsAll(CONSUMER_GROUPS.stream().map(Topics::deadLetter).toList());
  }

  @Test
  void everyEventType_isAMessage_onItsTopic_withItsSchema_headersAndKey() {
    for (String type : EventTypes.all()) {
      Map<String, Object> message = doc.messages().values().stream()
          .filter(m -> type.equals(m.get("name"))).findFirst().orElseThrow(() -> new AssertionError(type));
      String schemaRef = doc.at("components", "messages", messageId(message), "payload", "schema", "$ref");
      String dataSchema = (String) doc.<Map<String, Object>>at("components", "messages", messageId(message),
          "headers", "allOf", 1, "properties", "ce_dataschema").get("const");

      assertThat(schemaRef).as(type).isEqualTo("./schemas/" + SchemaPaths.fileOf(type));
      assertThat(Files.exists(AsyncApiDocument.FILE.resolveSibling(schemaRef))).as(schemaRef).isTrue();
      assertThat(dataSchema).as(type).isEqualTo(EventSchemas.load().dataSchema(type));
      assertThat(doc.<Object>at("components", "messages", messageId(message), "bindings", "kafka", "key")).isNotNull();
      assertThat(channelsCarrying(messageId(message))).as(type).containsExactly(Topics.forType(type));
    }
  }

  @Test
  void cloudEventHeaders_areTheBinaryModeHeaders_andDeadLettersAddTheirReason() {
    assertThat(doc.<Map<String, Object>>at("components", "schemas", "cloudEventHeaders", "properties")).containsKeys(
        "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_dataschema", "ce_subject",
        "content-type", "traceparent");
    assertThat(doc.<Map<String, Object>>at("components", "schemas", "deadLetterHeaders", "allOf", 1, "properties"))
        .containsKeys("dlq_reason", "dlq_exception", "dlq_original_topic", "dlq_original_partition",
            "dlq_original_offset", "dlq_consumer_group", "dlq_attempts", "dlq_failed_at");
  }

  @Test
  void everyMessage_hasASender_andEveryReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc.root(), refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      if (ref.startsWith("#/")) {
        assertThat(doc.<Object>ref(ref)).as(ref).isNotNull();
      } else {
        assertThat(ref).startsWith("./schemas/");
        assertThat(Files.exists(AsyncApiDocument.FILE.resolveSibling(ref))).as(ref).isTrue();
      }
    }

    for (String id : doc.messages().keySet()) {
      long senders = doc.operations().values().stream()
          .filter(op -> "send".equals(op.get("action")))
          .filter(op -> op.get("messages").toString().contains("/messages/" + id + "}"))
          .count();
      assertThat(senders).as("send operations of " + id).isPositive();
    }
  }

  private String messageId(Map<String, Object> message) {
    return doc.messages().entrySet().stream().filter(e -> e.getValue() == message).findFirst().orElseThrow().getKey();
  }

  private List<String> channelsCarrying(String messageId) {
    return doc.channels().values().stream()
        .filter(channel -> channel.get("messages") instanceof Map<?, ?> messages && messages.containsKey(messageId))
        .map(channel -> (String) channel.get("address")).toList();
  }

  private static void collectRefs(Object node, List<String> refs) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if ("$ref".equals(key)) {
          refs.add((String) value);
        } else {
          collectRefs(value, refs);
        }
      });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectRefs(item, refs));
    }
  }
}
