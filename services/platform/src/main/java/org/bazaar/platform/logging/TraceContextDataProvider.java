package org.bazaar.platform.logging;

import java.util.Map;

import org.apache.logging.log4j.core.util.ContextDataProvider;

/** Adds {@code trace.id} to every log event written while a traced request or event is handled. */
public final class TraceContextDataProvider implements ContextDataProvider {

  @Override
  public Map<String, String> supplyContextData() {
    String traceId = TraceLogging.current();
    return traceId == null ? Map.of() : Map.of("trace.id", traceId);
  }
}
