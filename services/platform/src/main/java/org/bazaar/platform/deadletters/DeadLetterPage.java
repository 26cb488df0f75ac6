package org.bazaar.platform.deadletters;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** One page of a dead-letter topic's records, in partition then offset order; {@code next} is null at the end. */
public record DeadLetterPage(String topic, List<DeadLetterRecord> items, String next) {

  public JsonObject toJson() {
    JsonArray array = new JsonArray();
    items.forEach(item -> array.add(item.toJson()));
    return new JsonObject().put("topic", topic).put("items", array).put("next", next);
  }
}
