package org.bazaar.platform.logging;

import java.util.Map;

import org.apache.logging.log4j.core.util.ContextDataProvider;

/**
 * Adds the service, {@code trace.id}, {@code span.id} and the handled event's ids to every log event (see
 * {@link TraceLogging}); the JSON layout writes them as top-level fields.
 */
public final class TraceContextDataProvider implements ContextDataProvider {

  @Override
  public Map<String, String> supplyContextData() {
    return TraceLogging.contextData();
  }
}
