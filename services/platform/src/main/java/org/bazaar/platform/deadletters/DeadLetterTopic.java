package org.bazaar.platform.deadletters;

import io.vertx.core.json.JsonObject;

/** One dead-letter topic ({@code <group>.dlq}) and how many records it holds now. */
public record DeadLetterTopic(String topic, String group, long count) {

  public JsonObject toJson() {
    return new JsonObject().put("topic", topic).put("group", group).put("count", count);
  }
}
