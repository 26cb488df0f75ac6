package org.bazaar.devstack.dlq;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * {@code ./bazaar dlq}: lists, shows and replays dead letters through the edge's admin API, signed in as the
 * devstack admin ({@code BAZAAR_ADMIN_EMAIL} / {@code BAZAAR_ADMIN_PASSWORD}) at {@code BAZAAR_EDGE_URL}.
 */
public final class DeadLettersCli {

  static final String USAGE = """
      usage: ./bazaar dlq list                                   dead-letter topics and their sizes
             ./bazaar dlq list TOPIC [filters] [--limit N]       the records of one topic
             ./bazaar dlq show TOPIC PARTITION OFFSET            one record: reason, origin, headers, payload
             ./bazaar dlq replay TOPIC PARTITION OFFSET          put it back on its original topic (once)
             ./bazaar dlq replay TOPIC --all [filters]           replay every matching record not replayed yet
      filters: --reason TEXT  --type CE_TYPE  --original-topic TOPIC  (list only: --replayed | --not-replayed)
      env:     BAZAAR_EDGE_URL (http://localhost:8080), BAZAAR_ADMIN_EMAIL, BAZAAR_ADMIN_PASSWORD""";

  private DeadLettersCli() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out));
  }

  /** Runs one command; 0 done, 1 the edge refused or failed, 2 bad usage. */
  public static int run(String[] args, Map<String, String> env, PrintStream out) {
    List<String> words = new ArrayList<>(List.of(args));
    Options options;
    try {
      options = Options.take(words);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      return 2;
    }
    if (words.isEmpty() || words.get(0).equals("help")) {
      out.println(USAGE);
      return 0;
    }
    AdminClient client = new AdminClient(env.getOrDefault("BAZAAR_EDGE_URL", "http://localhost:8080"),
        env.getOrDefault("BAZAAR_ADMIN_EMAIL", "admin@bazaar.local"),
        env.getOrDefault("BAZAAR_ADMIN_PASSWORD", "admin-password"));
    Printer print = new Printer(out);
    try {
      switch (words.get(0) + "/" + (words.size() - 1)) {
        case "list/0" -> print.topics(client.get("/admin/dead-letters"));
        case "list/1" -> list(client, print, words.get(1), options);
        case "show/3" -> print.record(client.get(recordPath(words)));
        case "replay/3" -> print.replayed(client.post(recordPath(words) + "/replay", null));
        case "replay/1" -> {
          if (!options.all()) {
            throw new IllegalArgumentException("replay of a whole topic needs --all");
          }
          print.summary(client.post("/admin/dead-letters/" + AdminClient.segment(words.get(1)) + "/replay",
              options.filter()));
        }
        default -> throw new IllegalArgumentException("unknown command: " + String.join(" ", args));
      }
      return 0;
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      return 2;
    } catch (AdminClient.Failed e) {
      out.println(e.getMessage());
      return 1;
    }
  }

  private static void list(AdminClient client, Printer print, String topic, Options options) {
    String next = null;
    int left = options.limit();
    print.recordHeader();
    do {
      String path = "/admin/dead-letters/" + AdminClient.segment(topic) + "?limit=" + Math.min(100, left)
          + options.query() + (next == null ? "" : "&cursor=" + AdminClient.segment(next));
      JsonObject page = client.get(path);
      left -= print.recordLines(page);
      next = page.getString("next");
    } while (next != null && left > 0);
  }

  private static String recordPath(List<String> words) {
    try {
      return "/admin/dead-letters/" + AdminClient.segment(words.get(1)) + "/" + Integer.parseInt(words.get(2)) + "/"
          + Long.parseLong(words.get(3));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PARTITION and OFFSET are numbers");
    }
  }

  static String pretty(String payload) {
    try {
      return payload == null ? "(none)" : new JsonObject(payload).encodePrettily();
    } catch (DecodeException | ClassCastException e) {
      return payload;
    }
  }
}
