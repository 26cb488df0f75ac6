package org.bazaar.platform.logging;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.spi.context.storage.ContextLocal;
import org.bazaar.platform.events.TraceContext;

/**
 * Keeps the trace id of the request or event being handled in its Vert.x duplicated context, where
 * {@link TraceContextDataProvider} finds it for every log line written while handling it.
 */
public final class TraceLogging {

  static final ContextLocal<String> TRACE_ID = ContextLocal.registerLocal(String.class);

  private TraceLogging() {
  }

  /** Registers the context local; must run before the first Vert.x instance is built. */
  public static void install() {
    // loading this class is enough: the static field registers the local
  }

  /** Binds the trace id of {@code traceparent} to the current duplicated context, if there is one. */
  public static void bind(String traceparent) {
    Context context = Vertx.currentContext();
    String traceId = TraceContext.traceId(traceparent);
    if (context != null && traceId != null && ((io.vertx.core.internal.ContextInternal) context).isDuplicate()) {
      try {
        context.putLocal(TRACE_ID, traceId);
      } catch (IllegalArgumentException builtBeforeInstall) {
        // a Vert.x instance built before install() has no slot for the trace id; its logs go without it
      }
    }
  }

  public static String current() {
    Context context = Vertx.currentContext();
    try {
      return context == null ? null : context.getLocal(TRACE_ID);
    } catch (IllegalArgumentException builtBeforeInstall) {
      return null;
    }
  }
}
