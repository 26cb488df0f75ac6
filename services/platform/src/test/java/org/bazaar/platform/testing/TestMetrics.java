package org.bazaar.platform.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of a Prometheus text scrape, by metric name and tags. */
public final class TestMetrics {

  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private TestMetrics() {
  }

  /**
   * The value of the first sample called {@code name} whose tags include all of {@code tags} (name, value,
   * name, value, ...), or null if there is none.
   */
  public static Double value(String scrape, String name, String... tags) {
    for (String line : scrape.split("\n")) {
      Matcher sample = SAMPLE.matcher(line.trim());
      if (!sample.matches() || !sample.group(1).equals(name)) {
        continue;
      }
      Map<String, String> labels = labels(sample.group(2));
      boolean all = true;
      for (int i = 0; i + 1 < tags.length; i += 2) {
        all &= tags[i + 1].equals(labels.get(tags[i]));
      }
      if (all) {
        return Double.valueOf(sample.group(3));
      }
    }
    return null;
  }

  /** Like {@link #value}, but 0 when there is no such sample. */
  public static double valueOrZero(String scrape, String name, String... tags) {
    Double value = value(scrape, name, tags);
    return value == null ? 0 : value;
  }

  private static Map<String, String> labels(String text) {
    Map<String, String> labels = new HashMap<>();
    if (text != null) {
      Matcher label = LABEL.matcher(text);
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
    }
    return labels;
  }
}
