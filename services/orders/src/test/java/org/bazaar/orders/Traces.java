package org.bazaar.orders;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** W3C trace ids and traceparents for tests that follow one order's trace. */
final class Traces {

  private Traces() {
  }

  static String newTraceId() {
    return hex(16);
  }

  /** A traceparent in trace {@code traceId} with a new span id. */
  static String traceparent(String traceId) {
    return "00-" + traceId + "-" + hex(8) + "-01";
  }

  private static String hex(int bytes) {
    byte[] buffer = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(buffer);
    return HexFormat.of().formatHex(buffer);
  }
}
