package org.bazaar.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.metrics.Observability;
import org.bazaar.platform.tracing.Spans;
import org.bazaar.platform.tracing.Telemetry;
import org.bazaar.platform.tracing.TelemetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TraceLoggingTest {

  private static final String ORDER = "7d6e6f1e-5a55-4f0e-9a43-1c8e7e8c0a11";

  private Vertx vertx;

  @BeforeEach
  void start() {
    Telemetry telemetry = Telemetry.exportingTo("orders", TelemetrySettings.from(Env.isolated(Map.of())),
        InMemorySpanExporter.create());
    vertx = Observability.vertx(Observability.registry("orders"), telemetry);
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  void theActiveSpanAndTheHandledEvent_areInEveryLogLineOfTheirContextOnly() {
    ContextInternal root = (ContextInternal) vertx.getOrCreateContext();
    ContextInternal handling = root.duplicate();
    Promise<Map<String, String>> inside = Promise.promise();
    Promise<Map<String, String>> elsewhere = Promise.promise();
    Span[] span = new Span[1];
    handling.runOnContext(v -> {
      span[0] = Telemetry.of(vertx).tracer().spanBuilder("handle").setParent(Spans.parent(null)).startSpan();
      Spans.activate(handling, Spans.parent(null).with(span[0]));
      TraceLogging.bindEvent(new EventEnvelope("e-1", "org.bazaar.order.placed.v1", "/bazaar/orders", Instant.now(),
          null, ORDER, null, new JsonObject()));
      inside.complete(new TraceContextDataProvider().supplyContextData());
      root.duplicate().runOnContext(other -> elsewhere.complete(new TraceContextDataProvider().supplyContextData()));
    });

    assertThat(inside.future().await())
        .containsEntry("service", "orders")
        .containsEntry("trace.id", span[0].getSpanContext().getTraceId())
        .containsEntry("span.id", span[0].getSpanContext().getSpanId())
        .containsEntry("event.id", "e-1")
        .containsEntry("event.type", "org.bazaar.order.placed.v1")
        .containsEntry("order.id", ORDER)
        .containsEntry("aggregate.id", ORDER);
    assertThat(elsewhere.future().await()).containsOnlyKeys("service");
  }

  @Test
  void anEventNamingAnOrder_logsThatOrder() {
    Promise<Map<String, String>> fields = Promise.promise();
    ((ContextInternal) vertx.getOrCreateContext()).duplicate().runOnContext(v -> {
      TraceLogging.bindEvent(new EventEnvelope("e-2", "org.bazaar.payment.authorized.v1", "/bazaar/payments",
          Instant.now(), null, "p-1", null, new JsonObject().put("orderId", ORDER)));
      fields.complete(TraceLogging.contextData());
    });
    assertThat(fields.future().await()).containsEntry("order.id", ORDER).containsEntry("aggregate.id", "p-1")
        .doesNotContainKey("trace.id");
  }

  @Test
  void offAnyVertxContext_onlyTheProcessServiceIsKnown() {
    TraceLogging.processService("catalog");
    try {
      assertThat(TraceLogging.contextData()).isEqualTo(Map.of("service", "catalog"));
    } finally {
      TraceLogging.processService(null);
    }
  }
}
