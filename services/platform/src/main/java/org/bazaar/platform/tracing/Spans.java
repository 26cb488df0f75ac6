package org.bazaar.platform.tracing;

import java.util.Collections;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.vertx.core.internal.ContextInternal;
import io.vertx.tracing.opentelemetry.OpenTelemetryTracingFactory;
import io.vertx.tracing.opentelemetry.VertxContextStorageProvider.VertxContextStorage;

/**
 * The span of the request or event being handled, as Vert.x's OpenTelemetry integration keeps it: in the
 * handling's duplicated Vert.x context. Read through the Vert.x storage directly, never OpenTelemetry's
 * global {@code Context.current()}, so the answer does not depend on which context storage OpenTelemetry
 * picked (a test classpath brings its own).
 */
public final class Spans {

  private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(String carrier) {
      return Collections.singleton("traceparent");
    }

    @Override
    public String get(String carrier, String key) {
      return "traceparent".equals(key) ? carrier : null;
    }
  };

  static {
    // registers the Vert.x context local that holds the active OpenTelemetry context
    new OpenTelemetryTracingFactory(io.opentelemetry.api.OpenTelemetry.noop());
  }

  private Spans() {
  }

  /** Loads the Vert.x context local; must run before the first Vert.x instance is built. */
  public static void install() {
    // the static initialiser does it
  }

  /** The OpenTelemetry context active in the current Vert.x context, or the root context. */
  public static Context current() {
    if (ContextInternal.current() == null) {
      return Context.root();
    }
    try {
      Context active = VertxContextStorage.INSTANCE.current();
      return active == null ? Context.root() : active;
    } catch (IllegalArgumentException builtBeforeInstall) {
      return Context.root();
    }
  }

  /** The span context of the current span; invalid when nothing is being traced. */
  public static SpanContext currentSpanContext() {
    return Span.fromContext(current()).getSpanContext();
  }

  /** The W3C {@code traceparent} of the current span, or null when nothing is being traced. */
  public static String currentTraceparent() {
    return traceparent(currentSpanContext());
  }

  public static String traceparent(SpanContext span) {
    return span.isValid()
        ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex()
        : null;
  }

  /** A context whose remote parent is {@code traceparent}; the root context when it is absent or invalid. */
  public static Context parent(String traceparent) {
    if (traceparent == null) {
      return Context.root();
    }
    return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT);
  }

  /** Makes {@code otel} the active context of a duplicated Vert.x context, for everything that runs on it. */
  public static void activate(ContextInternal duplicated, Context otel) {
    try {
      VertxContextStorage.INSTANCE.attach(duplicated, otel);
    } catch (IllegalArgumentException builtBeforeInstall) {
      // a Vert.x instance built before install() has no slot: its work goes untraced
    }
  }
}
