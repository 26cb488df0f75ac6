package org.bazaar.platform.tracing;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.vertx.core.Vertx;
import io.vertx.core.spi.VertxTracerFactory;
import io.vertx.tracing.opentelemetry.OpenTelemetryTracingFactory;

/**
 * One service's OpenTelemetry SDK: its resource names the service, W3C {@code traceparent} propagates, and
 * its spans go where {@link TelemetrySettings} says (or to an exporter the caller owns, as in tests). The
 * service's Vert.x instance is built with {@link #tracerFactory()}, and platform code finds the telemetry of
 * a Vert.x instance with {@link #of(Vertx)}.
 */
public final class Telemetry {

  public static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");
  private static final String INSTRUMENTATION = "org.bazaar.platform";
  private static final Map<Vertx, Telemetry> BY_VERTX = Collections.synchronizedMap(new WeakHashMap<>());
  private static final Telemetry NONE = new Telemetry(null, OpenTelemetry.noop(), null);

  private final String service;
  private final OpenTelemetry openTelemetry;
  private final OpenTelemetrySdk sdk;

  private Telemetry(String service, OpenTelemetry openTelemetry, OpenTelemetrySdk sdk) {
    this.service = service;
    this.openTelemetry = openTelemetry;
    this.sdk = sdk;
  }

  /** Exports as the settings say: nothing, or OTLP in batches. */
  public static Telemetry create(String service, TelemetrySettings settings) {
    SpanProcessor processor = TelemetrySettings.OTLP.equals(settings.exporter())
        ? BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder().setEndpoint(settings.endpoint()).build()).build()
        : new NoExport();
    return build(service, settings, processor);
  }

  /** Exports every span as it ends to {@code exporter}, which the caller owns: closing this leaves it open. */
  public static Telemetry exportingTo(String service, TelemetrySettings settings, SpanExporter exporter) {
    return build(service, settings, SimpleSpanProcessor.create(new SharedExporter(exporter)));
  }

  private static Telemetry build(String service, TelemetrySettings settings, SpanProcessor processor) {
    SdkTracerProviderBuilder tracing = SdkTracerProvider.builder()
        .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(SERVICE_NAME, service))))
        .setSampler(new OperationalRequests(Sampler.parentBased(Sampler.traceIdRatioBased(settings.samplingRatio()))))
        .setIdGenerator(new LevelOneIds());
    tracing.addSpanProcessor(processor);
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(tracing.build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
    return new Telemetry(service, sdk, sdk);
  }

  /** The telemetry the Vert.x instance was built with, or one that makes no spans. */
  public static Telemetry of(Vertx vertx) {
    Telemetry telemetry = vertx == null ? null : BY_VERTX.get(vertx);
    return telemetry == null ? NONE : telemetry;
  }

  /** Makes this the telemetry of {@code vertx} for {@link #of(Vertx)}. */
  public void bind(Vertx vertx) {
    BY_VERTX.put(vertx, this);
  }

  public VertxTracerFactory tracerFactory() {
    return new OpenTelemetryTracingFactory(openTelemetry);
  }

  public OpenTelemetry openTelemetry() {
    return openTelemetry;
  }

  public Tracer tracer() {
    return openTelemetry.getTracer(INSTRUMENTATION);
  }

  /** The service name, or null for the telemetry of a Vert.x instance built without any. */
  public String service() {
    return service;
  }

  /** Ends the SDK after sending what is buffered; a no-op for the telemetry of no service. */
  public void close() {
    if (sdk != null) {
      sdk.shutdown().join(10, TimeUnit.SECONDS);
    }
  }
}
