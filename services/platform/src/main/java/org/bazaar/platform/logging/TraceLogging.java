package org.bazaar.platform.logging;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.spi.context.storage.ContextLocal;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.tracing.Spans;
import org.bazaar.platform.tracing.Telemetry;

/**
 * What every log line says about where it was written: the service (from the Vert.x instance of the
 * current context, or the one service of this process), the trace and span ids of the current span, and,
 * while an event is handled, its id, type and aggregate (the order id when the event names one).
 * {@link TraceContextDataProvider} adds these to every log event.
 */
public final class TraceLogging {

  public static final String SERVICE = "service";
  public static final String TRACE_ID = "trace.id";
  public static final String SPAN_ID = "span.id";
  public static final String EVENT_ID = "event.id";
  public static final String EVENT_TYPE = "event.type";
  public static final String AGGREGATE_ID = "aggregate.id";
  public static final String ORDER_ID = "order.id";

  static final ContextLocal<EventFields> EVENT = ContextLocal.registerLocal(EventFields.class);
  private static volatile String processService;

  private TraceLogging() {
  }

  /** Registers the context locals; must run before the first Vert.x instance is built. */
  public static void install() {
    Spans.install();
  }

  /** Names the service for lines written outside any Vert.x context, in a process that runs one service. */
  public static void processService(String service) {
    processService = service;
  }

  /** Binds the event being handled to the current duplicated context, if there is one. */
  public static void bindEvent(EventEnvelope event) {
    ContextInternal context = ContextInternal.current();
    if (context != null && context.isDuplicate()) {
      try {
        context.putLocal(EVENT, EventFields.of(event));
      } catch (IllegalArgumentException builtBeforeInstall) {
        // a Vert.x instance built before install() has no slot for it; its logs go without the event
      }
    }
  }

  /** The fields for a log line written now; empty when none is known. */
  public static Map<String, String> contextData() {
    Map<String, String> data = new HashMap<>(8);
    String service = processService;
    ContextInternal context = ContextInternal.current();
    if (context != null) {
      String owner = Telemetry.of(context.owner()).service();
      service = owner != null ? owner : service;
      SpanContext span = Spans.currentSpanContext();
      if (span.isValid()) {
        data.put(TRACE_ID, span.getTraceId());
        data.put(SPAN_ID, span.getSpanId());
      }
      EventFields event = event(context);
      if (event != null) {
        event.addTo(data);
      }
    }
    if (service != null) {
      data.put(SERVICE, service);
    }
    return data;
  }

  private static EventFields event(ContextInternal context) {
    try {
      return context.getLocal(EVENT);
    } catch (IllegalArgumentException builtBeforeInstall) {
      return null;
    }
  }

  /** The event fields of the log lines written while one event is handled. */
  record EventFields(String id, String type, String aggregateId, String orderId) {

    static EventFields of(EventEnvelope event) {
      Object orderId = event.data().getValue("orderId");
      if (!(orderId instanceof String) && event.type().startsWith("org.bazaar.order.")) {
        orderId = event.subject();
      }
      return new EventFields(event.id(), event.type(), event.subject(), orderId instanceof String s ? s : null);
    }

    void addTo(Map<String, String> data) {
      data.put(EVENT_ID, id);
      data.put(EVENT_TYPE, type);
      data.put(AGGREGATE_ID, aggregateId);
      if (orderId != null) {
        data.put(ORDER_ID, orderId);
      }
    }
  }
}
