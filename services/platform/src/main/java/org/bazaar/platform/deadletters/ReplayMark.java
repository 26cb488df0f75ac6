package org.bazaar.platform.deadletters;

import java.time.Instant;

import io.vertx.core.json.JsonObject;

/**
 * The record in {@code bazaar.dlq.replays} that says a dead letter was replayed: when, by whom, and where
 * the copy went. Keyed by {@link #key(String, int, long)}, so the compacted topic keeps one per dead letter.
 */
public record ReplayMark(String topic, int partition, long offset, Instant replayedAt, String replayedBy,
    String toTopic, int toPartition, long toOffset) {

  public static String key(String topic, int partition, long offset) {
    return topic + "/" + partition + "/" + offset;
  }

  public String key() {
    return key(topic, partition, offset);
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("deadLetter", new JsonObject().put("topic", topic).put("partition", partition).put("offset", offset))
        .put("replayedAt", replayedAt.toString())
        .put("replayedBy", replayedBy)
        .put("replayedTo", new JsonObject().put("topic", toTopic).put("partition", toPartition)
            .put("offset", toOffset));
  }

  public static ReplayMark fromJson(JsonObject json) {
    JsonObject from = json.getJsonObject("deadLetter");
    JsonObject to = json.getJsonObject("replayedTo");
    return new ReplayMark(from.getString("topic"), from.getInteger("partition"), from.getLong("offset"),
        Instant.parse(json.getString("replayedAt")), json.getString("replayedBy"), to.getString("topic"),
        to.getInteger("partition"), to.getLong("offset"));
  }
}
