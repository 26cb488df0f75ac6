package org.bazaar.devstack.survival;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonObject;

/** What one survival phase did and found, printed in the same shape by every scenario (the README's figures). */
final class SurvivalFigures {

  private final Phase phase;
  private final List<OrderLoad.Placed> accepted;
  private final Map<String, JsonObject> orders;
  private final Duration drain;
  private final Map<String, Integer> sold;
  private final Map<String, Integer> duplicates;
  private final long deadLetters;
  private final int deadLetterTopics;

  SurvivalFigures(Phase phase, List<OrderLoad.Placed> accepted, Map<String, JsonObject> orders, Duration drain,
      Map<String, Integer> sold, Map<String, Integer> duplicates, Map<String, Long> deadLetters) {
    this.phase = phase;
    this.accepted = accepted;
    this.orders = orders;
    this.drain = drain;
    this.sold = sold;
    this.duplicates = duplicates;
    this.deadLetters = deadLetters.values().stream().mapToLong(Long::longValue).sum();
    this.deadLetterTopics = deadLetters.size();
  }

  void print() {
    OrderLoad load = phase.load();
    Map<String, Long> outcomes = orders.values().stream()
        .collect(Collectors.groupingBy(order -> order.getString("status")
            + ("CANCELLED".equals(order.getString("status")) ? " " + order.getString("reason") : ""),
            TreeMap::new, Collectors.counting()));
    StringBuilder out = new StringBuilder("\n=== survival figures: ").append(phase.name).append(" ===\n");
    out.append("disrupted, time out: ");
    phase.disruptions.forEach((what, time) -> out.append(what).append(' ').append(seconds(time)).append("  "));
    out.append("\norders placed at the edge: ").append(load.attempts() + 3).append(", accepted (202): ")
        .append(accepted.size()).append(" (with 3 warm-up orders), not accepted: ")
        .append(new TreeMap<>(load.refused())).append('\n');
    out.append("orders created: ").append(orders.size()).append(" (").append(orders.size() - accepted.size())
        .append(" whose answer a crash cut off), outcomes: ").append(outcomes).append('\n');
    out.append("time to drain after recovery: ").append(seconds(drain)).append('\n');
    out.append("units sold per SKU: ").append(sold).append('\n');
    out.append("duplicates found: ").append(duplicates.values().stream().mapToInt(Integer::intValue).sum())
        .append(' ').append(duplicates).append(", dead-lettered events: ").append(deadLetters).append(" in ")
        .append(deadLetterTopics).append(" dead-letter topics\n");
    phase.notes.forEach((what, value) -> out.append(what).append(": ").append(value).append('\n'));
    System.out.println(out);
  }

  static String seconds(Duration duration) {
    return String.format("%.1f s", duration.toMillis() / 1000.0);
  }
}
