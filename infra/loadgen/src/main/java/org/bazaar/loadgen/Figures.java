package org.bazaar.loadgen;

import java.util.Locale;

/** How numbers are written in the report. */
final class Figures {

  static final double MIB = 1024 * 1024;

  private Figures() {
  }

  static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f/s", perSecond);
  }

  static String millis(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / MIB);
  }

  static String seconds(java.time.Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, ratio < 0.1 ? "%.1f %%" : "%.0f %%", 100 * ratio);
  }

  static String times(double ratio) {
    return String.format(Locale.ROOT, ratio < 10 ? "%.1f×" : "%.0f×", ratio);
  }

  static String verdict(boolean met) {
    return met ? "yes" : "**no**";
  }
}
