package org.bazaar.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.awaitility.Awaitility;
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

  @Test
  void probesAndScrapes_makeNoSpans_whileTheShopsRequestsDo() {
    InMemorySpanExporter exporter = InMemorySpanExporter.create();
    Telemetry telemetry = Telemetry.exportingTo("catalog", TelemetrySettings.from(Env.isolated(Map.of())), exporter);
    Vertx vertx = Vertx.builder().withTracer(telemetry.tracerFactory()).build();
    try {
      Router router = Router.router(vertx);
      router.route().handler(ctx -> ctx.response().end("ok"));
      HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0).await();
      HttpClient client = vertx.createHttpClient();
      for (String path : List.of("/health/live", "/health/ready", "/metrics", "/products", "/healthy")) {
        client.request(HttpMethod.GET, server.actualPort(), "127.0.0.1", path)
            .compose(request -> request.send().compose(response -> response.body())).await();
      }
      Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(exporter.getFinishedSpanItems()).filteredOn(span -> span.getKind() == SpanKind.SERVER)
              .extracting(span -> span.getAttributes().get(AttributeKey.stringKey("url.path")))
              .containsExactlyInAnyOrder("/products", "/healthy"));
      Span scrapeByTheShop = telemetry.tracer().spanBuilder("GET").setSpanKind(SpanKind.CLIENT)
          .setAttribute("url.path", "/metrics").setParent(Spans.parent(null)).startSpan();
      assertThat(scrapeByTheShop.getSpanContext().isSampled()).as("only served probes and scrapes are left out")
          .isTrue();
      scrapeByTheShop.end();
    } finally {
      vertx.close().await();
      telemetry.close();
    }
  }
}
