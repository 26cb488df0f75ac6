package org.bazaar.platform.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record of a dead-letter topic as an operator sees it: where it sits, where it came from, why it was
 * dead-lettered (the {@code dlq_*} headers the consumer wrote), every header, the payload as text, and its
 * replay, if it was replayed.
 */
public record DeadLetterRecord(String topic, int partition, long offset, Instant time, String key, String group,
    String originalTopic, Integer originalPartition, Long originalOffset, String reason, String exception,
    Integer attempts, String failedAt, String eventId, String type, Map<String, String> headers, String payload,
    ReplayMark replay) {

  /** The headers a consumer adds when it dead-letters a record; a replay leaves them out. */
  public static final String DLQ_HEADER_PREFIX = "dlq_";

  static DeadLetterRecord of(ConsumerRecord<String, byte[]> record, ReplayMark replay) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }
    return new DeadLetterRecord(record.topic(), record.partition(), record.offset(),
        Instant.ofEpochMilli(record.timestamp()), record.key(), headers.get("dlq_consumer_group"),
        headers.get("dlq_original_topic"), integer(headers.get("dlq_original_partition")),
        longValue(headers.get("dlq_original_offset")), headers.get("dlq_reason"), blankToNull(headers.get("dlq_exception")),
        integer(headers.get("dlq_attempts")), headers.get("dlq_failed_at"), headers.get("ce_id"), headers.get("ce_type"),
        headers, record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8), replay);
  }

  public DeadLetterRecord replayed(ReplayMark mark) {
    return new DeadLetterRecord(topic, partition, offset, time, key, group, originalTopic, originalPartition,
        originalOffset, reason, exception, attempts, failedAt, eventId, type, headers, payload, mark);
  }

  public JsonObject toJson() {
    JsonObject original = new JsonObject().put("topic", originalTopic).put("partition", originalPartition)
        .put("offset", originalOffset);
    return new JsonObject()
        .put("topic", topic).put("partition", partition).put("offset", offset).put("time", time.toString())
        .put("key", key).put("group", group).put("original", original)
        .put("reason", reason).put("exception", exception).put("attempts", attempts).put("failedAt", failedAt)
        .put("eventId", eventId).put("type", type)
        .put("headers", new JsonObject(new LinkedHashMap<>(headers)))
        .put("payload", payload)
        .put("replay", replay == null ? null : replay.toJson());
  }

  private static Integer integer(String value) {
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long longValue(String value) {
    try {
      return value == null ? null : Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
