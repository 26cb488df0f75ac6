package org.bazaar.loadgen;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where an order's CPU goes: the CPU seconds each group of processes used during a checkout step at a sustained
 * rate, divided by the orders that step placed. The step's warm-up and drain are inside the reading, so the orders
 * counted are those placed during warm-up and measurement, and the drain lets the last of them finish.
 */
record OrderCpu(double rate, double orders, Map<String, Double> seconds) {

  OrderCpu {
    seconds = Map.copyOf(seconds);
  }

  /** CPU milliseconds per order, by group, in the order the groups were read. */
  Map<String, Double> millisPerOrder(Iterable<String> groups) {
    Map<String, Double> perOrder = new LinkedHashMap<>();
    for (String group : groups) {
      if (seconds.containsKey(group) && orders > 0) {
        perOrder.put(group, 1000 * seconds.get(group) / orders);
      }
    }
    return perOrder;
  }

  String describe(Iterable<String> groups) {
    return millisPerOrder(groups).entrySet().stream()
        .map(e -> String.format("%s %.1f ms", e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ", "CPU per order: ", ""));
  }
}
