package org.bazaar.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.vertx.core.Vertx;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class TelemetryTest {

  @Test
  void exportIsOffByDefault_yetSpansHaveIdsThatPropagate() {
    TelemetrySettings settings = TelemetrySettings.from(Env.isolated(Map.of()));
    assertThat(settings.exporter()).isEqualTo("none");
    assertThat(settings.samplingRatio()).isEqualTo(1.0);
    Telemetry telemetry = Telemetry.create("orders", settings);
    try {
      Span span = telemetry.tracer().spanBuilder("work").setParent(Spans.parent(null)).startSpan();
      assertThat(span.getSpanContext().isValid()).isTrue();
      assertThat(span.getSpanContext().isSampled()).isTrue();
      assertThat(Spans.traceparent(span.getSpanContext())).as("W3C level 1 flags").endsWith("-01");
      span.end();
    } finally {
      telemetry.close();
    }
  }

  @Test
  void otlpExportIsChosenByEnvironment_andNonsenseIsRefused() {
    TelemetrySettings otlp = TelemetrySettings.from(Env.isolated(Map.of("BAZAAR_OTEL_EXPORTER", "OTLP",
        "BAZAAR_OTEL_ENDPOINT", "http://collector:4318/v1/traces", "BAZAAR_OTEL_SAMPLING_RATIO", "0.25")));
    assertThat(otlp).isEqualTo(new TelemetrySettings("otlp", "http://collector:4318/v1/traces", 0.25));
    Telemetry.create("orders", otlp).close();

    assertThatThrownBy(() -> TelemetrySettings.from(Env.isolated(Map.of("BAZAAR_OTEL_EXPORTER", "zipkin"))))
        .isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> TelemetrySettings.from(Env.isolated(Map.of("BAZAAR_OTEL_SAMPLING_RATIO", "2"))))
        .isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> TelemetrySettings.from(Env.isolated(Map.of("BAZAAR_OTEL_SAMPLING_RATIO", "half"))))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void aSharedExporterOutlivesTheServicesThatUseIt() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    TelemetrySettings settings = TelemetrySettings.from(Env.isolated(Map.of()));
    Telemetry first = Telemetry.exportingTo("inventory", settings, exporter);
    first.tracer().spanBuilder("one").setParent(Spans.parent(null)).startSpan().end();
    first.close();

    Telemetry second = Telemetry.exportingTo("inventory", settings, exporter);
    second.tracer().spanBuilder("two").setParent(Spans.parent(null)).startSpan().end();
    second.close();

    assertThat(exporter.getFinishedSpanItems()).extracting(s -> s.getName()).containsExactly("one", "two");
    assertThat(exporter.getFinishedSpanItems().get(0).getResource().getAttribute(Telemetry.SERVICE_NAME))
        .isEqualTo("inventory");
  }

  @Test
  void aVertxInstanceBuiltWithoutTelemetry_hasNone() {
    Vertx plain = Vertx.vertx();
    try {
      assertThat(Telemetry.of(plain).service()).isNull();
      Span span = Telemetry.of(plain).tracer().spanBuilder("x")
          .setParent(Spans.parent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).startSpan();
      // no SDK: the span is the propagated parent, so ids still flow through
      assertThat(Spans.traceparent(span.getSpanContext()))
          .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    } finally {
      plain.close().await();
    }
  }
}
