package org.bazaar.devstack.dlq;

import java.util.Iterator;
import java.util.List;

import io.vertx.core.json.JsonObject;

/** The {@code --flags} of {@code ./bazaar dlq}, taken out of the argument list. */
record Options(String reason, String type, String originalTopic, Boolean replayed, int limit, boolean all) {

  static Options take(List<String> words) {
    String reason = null;
    String type = null;
    String originalTopic = null;
    Boolean replayed = null;
    int limit = 1000;
    boolean all = false;
    Iterator<String> it = words.iterator();
    while (it.hasNext()) {
      String word = it.next();
      if (!word.startsWith("--")) {
        continue;
      }
      it.remove();
      switch (word) {
        case "--reason" -> reason = value(it, word);
        case "--type" -> type = value(it, word);
        case "--original-topic" -> originalTopic = value(it, word);
        case "--replayed" -> replayed = true;
        case "--not-replayed" -> replayed = false;
        case "--all" -> all = true;
        case "--limit" -> {
          try {
            limit = Integer.parseInt(value(it, word));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--limit needs a number");
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + word);
      }
    }
    return new Options(reason, type, originalTopic, replayed, Math.max(1, limit), all);
  }

  /** The filters as query parameters, each starting with {@code &}. */
  String query() {
    StringBuilder query = new StringBuilder();
    append(query, "reason", reason);
    append(query, "type", type);
    append(query, "originalTopic", originalTopic);
    append(query, "replayed", replayed == null ? null : replayed.toString());
    return query.toString();
  }

  /** The filters as the body of a replay of many records. */
  JsonObject filter() {
    JsonObject filter = new JsonObject();
    if (reason != null) {
      filter.put("reason", reason);
    }
    if (type != null) {
      filter.put("type", type);
    }
    if (originalTopic != null) {
      filter.put("originalTopic", originalTopic);
    }
    return filter;
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value != null) {
      query.append('&').append(name).append('=').append(AdminClient.segment(value));
    }
  }

  private static String value(Iterator<String> it, String flag) {
    if (!it.hasNext()) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    String value = it.next();
    it.remove();
    return value;
  }
}
