package org.bazaar.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Order lines as inventory sees them: one entry per SKU, quantities of repeated SKUs added, in SKU order. */
public final class Lines {

  private Lines() {
  }

  public static List<Line> merge(List<Line> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one line");
    }
    Map<String, Integer> bySku = new TreeMap<>();
    for (Line line : lines) {
      bySku.merge(line.sku(), line.quantity(), Lines::add);
    }
    return bySku.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList();
  }

  public static List<String> skus(List<Line> lines) {
    return lines.stream().map(Line::sku).distinct().sorted().toList();
  }

  private static int add(int a, int b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("quantities of one SKU add up to more than " + Integer.MAX_VALUE);
    }
  }
}
