package org.bazaar.platform.deadletters;

import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** What a replay of many dead letters did: the marks of those replayed now, how many were replayed before, failures. */
public record ReplaySummary(List<ReplayMark> replayed, int alreadyReplayed, List<String> failed) {

  public JsonObject toJson() {
    JsonArray marks = new JsonArray();
    replayed.forEach(mark -> marks.add(mark.toJson()));
    return new JsonObject().put("replayed", marks).put("alreadyReplayed", alreadyReplayed)
        .put("failed", new JsonArray(failed));
  }
}
