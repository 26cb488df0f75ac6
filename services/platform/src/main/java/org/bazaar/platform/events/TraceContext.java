package org.bazaar.platform.events;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.bazaar.platform.tracing.Spans;

/** W3C trace context helpers: validate, continue or start a {@code traceparent}. */
public final class TraceContext {

  private static final Pattern TRACEPARENT = Pattern.compile("^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TraceContext() {
  }

  public static boolean isValid(String traceparent) {
    return traceparent != null && TRACEPARENT.matcher(traceparent).matches()
        && !traceparent.startsWith("00-00000000000000000000000000000000");
  }

  /**
   * A child of the given parent (same trace, new span), or a new trace when the parent is absent or invalid.
   * Inside a traced request or event, that child is the current span, which Vert.x started from the
   * incoming {@code traceparent}; only outside any span is a span id made up here.
   */
  public static String childOf(String parent) {
    String current = Spans.currentTraceparent();
    if (current != null && (!isValid(parent) || traceId(current).equals(traceId(parent)))) {
      return current;
    }
    String traceId = isValid(parent) ? parent.substring(3, 35) : hex(16);
    return "00-" + traceId + "-" + hex(8) + "-01";
  }

  public static String traceId(String traceparent) {
    return isValid(traceparent) ? traceparent.substring(3, 35) : null;
  }

  /** The span id part of a {@code traceparent}, or null. */
  public static String spanId(String traceparent) {
    return isValid(traceparent) ? traceparent.substring(36, 52) : null;
  }

  private static String hex(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return HexFormat.of().formatHex(buffer);
  }
}
