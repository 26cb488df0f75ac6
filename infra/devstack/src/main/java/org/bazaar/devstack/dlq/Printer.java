package org.bazaar.devstack.dlq;

import java.io.PrintStream;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Prints the admin API's answers as short tables and readable records. */
final class Printer {

  private final PrintStream out;

  Printer(PrintStream out) {
    this.out = out;
  }

  void topics(JsonObject answer) {
    JsonArray items = answer.getJsonArray("items");
    if (items.isEmpty()) {
      out.println("no dead-letter topics");
      return;
    }
    out.printf("%-40s %-20s %8s%n", "TOPIC", "GROUP", "RECORDS");
    items.stream().map(JsonObject.class::cast).forEach(t -> out.printf("%-40s %-20s %8d%n", t.getString("topic"),
        t.getString("group"), t.getLong("count")));
  }

  void recordHeader() {
    out.printf("%-12s %-24s %-22s %-34s %-8s %s%n", "PART@OFFSET", "DEAD-LETTERED", "FROM", "TYPE", "REPLAYED",
        "REASON");
  }

  /** Prints one page's records, one line each; returns how many. */
  int recordLines(JsonObject page) {
    JsonArray items = page.getJsonArray("items");
    items.stream().map(JsonObject.class::cast).forEach(r -> {
      JsonObject from = r.getJsonObject("original");
      out.printf("%-12s %-24s %-22s %-34s %-8s %s%n", r.getInteger("partition") + "@" + r.getLong("offset"),
          r.getString("time"), from.getString("topic") + "-" + from.getValue("partition") + "@"
              + from.getValue("offset"), orDash(r.getString("type")), r.getValue("replay") == null ? "no" : "yes",
          shorten(r.getString("reason"), 100));
    });
    return items.size();
  }

  void record(JsonObject r) {
    JsonObject from = r.getJsonObject("original");
    out.println("record         " + r.getString("topic") + "-" + r.getInteger("partition") + "@" + r.getLong("offset"));
    out.println("dead-lettered  " + r.getString("time") + " by group " + orDash(r.getString("group"))
        + " after " + r.getValue("attempts") + " attempt(s)");
    out.println("from           " + from.getString("topic") + "-" + from.getValue("partition") + "@"
        + from.getValue("offset"));
    out.println("reason         " + orDash(r.getString("reason")));
    if (r.getString("exception") != null) {
      out.println("exception      " + r.getString("exception"));
    }
    out.println("event          " + orDash(r.getString("type")) + " " + orDash(r.getString("eventId")));
    out.println("key            " + orDash(r.getString("key")));
    JsonObject replay = r.getJsonObject("replay");
    out.println("replayed       " + (replay == null ? "no" : describe(replay)));
    out.println("headers");
    r.getJsonObject("headers").forEach(h -> out.println("  " + h.getKey() + ": " + h.getValue()));
    out.println("payload");
    out.println(DeadLettersCli.pretty(r.getString("payload")).indent(2).stripTrailing());
  }

  void replayed(JsonObject r) {
    out.println("replayed " + r.getString("topic") + "-" + r.getInteger("partition") + "@" + r.getLong("offset")
        + ": " + describe(r.getJsonObject("replay")));
  }

  void summary(JsonObject s) {
    JsonArray replayed = s.getJsonArray("replayed");
    out.println("replayed " + replayed.size() + ", already replayed before " + s.getInteger("alreadyReplayed")
        + ", failed " + s.getJsonArray("failed").size());
    replayed.stream().map(JsonObject.class::cast).forEach(mark -> {
      JsonObject from = mark.getJsonObject("deadLetter");
      out.println("  " + from.getInteger("partition") + "@" + from.getLong("offset") + " -> " + to(mark));
    });
    s.getJsonArray("failed").forEach(failure -> out.println("  failed: " + failure));
  }

  private static String describe(JsonObject mark) {
    return "at " + mark.getString("replayedAt") + " by " + orDash(mark.getString("replayedBy")) + " to " + to(mark);
  }

  private static String to(JsonObject mark) {
    JsonObject to = mark.getJsonObject("replayedTo");
    return to.getString("topic") + "-" + to.getInteger("partition") + "@" + to.getLong("offset");
  }

  private static String orDash(String value) {
    return value == null ? "-" : value;
  }

  private static String shorten(String value, int max) {
    if (value == null) {
      return "-";
    }
    String line = value.replace('\n', ' ');
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }
}
