package org.bazaar.platform.metrics;

import io.micrometer.core.instrument.binder.jvm.JvmCompilationMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.tracing.opentelemetry.OpenTelemetryOptions;
import org.bazaar.platform.logging.TraceLogging;
import org.bazaar.platform.tracing.Telemetry;

/** Builds a service's Vert.x instance with its own Prometheus registry, tagged with the service name. */
public final class Observability {

  private Observability() {
  }

  public static PrometheusMeterRegistry registry(String service) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("service", service).meterFilter(new LatencyHistograms());
    return registry;
  }

  /** The service's Vert.x instance, with its metrics in {@code registry} and its spans made by {@code telemetry}. */
  public static Vertx vertx(PrometheusMeterRegistry registry, Telemetry telemetry) {
    TraceLogging.install();
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
        .setEnabled(true)
        .addLabels(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE)
        // no percentile histograms: LatencyHistograms gives Vert.x timers fixed buckets
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true));
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(metrics).setTracingOptions(new OpenTelemetryOptions()))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .withTracer(telemetry.tracerFactory())
        .build();
    telemetry.bind(vertx);
    // bound only now: Vert.x adds its meter filters while building, and a filter must precede every meter
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new JvmCompilationMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    return vertx;
  }
}
