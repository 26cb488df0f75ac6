package org.bazaar.loadgen.devstack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How busy the shop's JIT compilers are, from the compile time each service reports
 * ({@code jvm_compilation_time_ms_total}): two readings give the busiest JVM's share of one core spent compiling in
 * between. Services of one JVM report the same counter, so the busiest is that JVM's; with one JVM per service it is
 * the one still compiling most. A shop measured while its compiler still works through the hot paths is measured
 * slower than it runs.
 */
public final class JitActivity {

  private static final Pattern COUNTER =
      Pattern.compile("^jvm_compilation_time_ms_total(\\{[^}]*\\})?\\s+([0-9.eE+-]+)$");

  /** Compile milliseconds per service URL, and when they were read. */
  public record Reading(long nanos, Map<String, Double> compileMillis) {
  }

  private JitActivity() {
  }

  public static Reading read(List<String> metricsUrls) {
    Map<String, Double> millis = new HashMap<>();
    MetricsPages.fetch(metricsUrls).forEach((url, document) -> parse(document).ifPresent(m -> millis.put(url, m)));
    return new Reading(System.nanoTime(), millis);
  }

  /** The busiest JVM's compile time per second of wall time between two readings (0.3: 30 % of one core); 0 if none reports. */
  public static double busiestShare(Reading before, Reading after) {
    double wallMillis = (after.nanos() - before.nanos()) / 1e6;
    if (wallMillis <= 0) {
      return 0;
    }
    double busiest = 0;
    for (Map.Entry<String, Double> entry : after.compileMillis().entrySet()) {
      Double earlier = before.compileMillis().get(entry.getKey());
      if (earlier != null) {
        busiest = Math.max(busiest, (entry.getValue() - earlier) / wallMillis);
      }
    }
    return busiest;
  }

  /** The compile time one Prometheus text document reports, summed over its compilers. */
  static OptionalDouble parse(String document) {
    double sum = 0;
    boolean found = false;
    for (String line : document.split("\n")) {
      Matcher counter = COUNTER.matcher(line.trim());
      if (counter.matches()) {
        sum += Double.parseDouble(counter.group(2));
        found = true;
      }
    }
    return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
  }
}
