package org.bazaar.platform.tracing;

import io.opentelemetry.sdk.trace.IdGenerator;

/**
 * Random trace and span ids that do not claim W3C Trace Context level 2's random-trace-id flag, so a
 * sampled {@code traceparent} ends in {@code -01} as level 1 readers, and Bazaar's API, expect.
 */
final class LevelOneIds implements IdGenerator {

  private final IdGenerator random = IdGenerator.random();

  @Override
  public String generateSpanId() {
    return random.generateSpanId();
  }

  @Override
  public String generateTraceId() {
    return random.generateTraceId();
  }

  @Override
  public boolean generatesRandomTraceIds() {
    return false;
  }
}
