package org.bazaar.devstack.survival;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonObject;

/** Prints what a survival run did and found, for the README's Reliability figures. */
final class Figures {

  private Figures() {
  }

  static void print(OrderLoad load, List<OrderLoad.Placed> accepted, Map<String, JsonObject> orders,
      Map<String, Duration> downtime, Duration drain, Map<String, Integer> sold, int duplicates,
      Map<String, Long> deadLetters) {
    Map<String, Long> outcomes = orders.values().stream()
        .collect(Collectors.groupingBy(order -> order.getString("status")
            + ("CANCELLED".equals(order.getString("status")) ? " " + order.getString("reason") : ""),
            TreeMap::new, Collectors.counting()));
    StringBuilder out = new StringBuilder("\n=== survival figures ===\n");
    out.append("killed (-9) and restarted, time down: ");
    downtime.forEach((name, time) -> out.append(name).append(' ').append(seconds(time)).append("  "));
    out.append("\norders placed at the edge: ").append(load.attempts()).append(", accepted (202): ")
        .append(accepted.size()).append(" (with 3 warm-up orders), not accepted: ")
        .append(new TreeMap<>(load.refused())).append('\n');
    out.append("orders created: ").append(orders.size()).append(" (").append(orders.size() - accepted.size())
        .append(" whose answer a crash cut off), outcomes: ").append(outcomes).append('\n');
    out.append("time to drain after recovery: ").append(seconds(drain)).append('\n');
    out.append("units sold per SKU: ").append(sold).append('\n');
    out.append("duplicates found: ").append(duplicates).append(", dead-lettered events: ")
        .append(deadLetters.values().stream().mapToLong(Long::longValue).sum()).append(" in ")
        .append(deadLetters.size()).append(" dead-letter topics\n");
    System.out.println(out);
  }

  private static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
