package org.bazaar.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.metrics.Observability;
import org.bazaar.platform.tracing.Spans;
import org.bazaar.platform.tracing.Telemetry;
import org.bazaar.platform.tracing.TelemetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A log line written while an event is handled, through a real appender with the services' JSON layout. */
class JsonLogLinesTest {

  private static final String ORDER = "0b8f5e0c-3a4d-4c8e-9d51-2f3f7c4a9e10";

  private final StringWriter out = new StringWriter();
  private WriterAppender appender;
  private Vertx vertx;

  @BeforeEach
  void start() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    appender = WriterAppender.newBuilder().setName("json-lines").setTarget(out)
        .setLayout(JsonTemplateLayout.newBuilder().setConfiguration(config)
            .setEventTemplateUri("classpath:EcsLayout.json").build())
        .build();
    appender.start();
    config.addAppender(appender);
    config.getRootLogger().addAppender(appender, Level.ALL, null);
    context.updateLoggers();
    vertx = Observability.vertx(Observability.registry("payments"), Telemetry.exportingTo("payments",
        TelemetrySettings.from(Env.isolated(Map.of())), InMemorySpanExporter.create()));
  }

  @AfterEach
  void stop() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().getRootLogger().removeAppender(appender.getName());
    context.updateLoggers();
    appender.stop();
    vertx.close().await();
  }

  @Test
  void aLineWrittenWhileAnEventIsHandled_isOneJsonObjectWithServiceTraceSpanAndEventIds() {
    Promise<Span> logged = Promise.promise();
    ContextInternal handling = ((ContextInternal) vertx.getOrCreateContext()).duplicate();
    handling.runOnContext(v -> {
      Span span = Telemetry.of(vertx).tracer().spanBuilder("process").setParent(Spans.parent(null)).startSpan();
      Spans.activate(handling, Spans.parent(null).with(span));
      TraceLogging.bindEvent(new EventEnvelope("evt-7", "org.bazaar.payment.requested.v1", "/bazaar/orders",
          Instant.now(), null, ORDER, null, new JsonObject().put("orderId", ORDER)));
      LogManager.getLogger("org.bazaar.payments.Charges").warn("provider slow for order {}", ORDER);
      logged.complete(span);
    });
    Span span = logged.future().await();

    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonObject line = new JsonObject(lines[0]);
    assertThat(line.getString("service")).isEqualTo("payments");
    assertThat(line.getString("log.level")).isEqualTo("WARN");
    assertThat(line.getString("log.logger")).isEqualTo("org.bazaar.payments.Charges");
    assertThat(line.getString("message")).isEqualTo("provider slow for order " + ORDER);
    assertThat(line.getString("trace.id")).isEqualTo(span.getSpanContext().getTraceId());
    assertThat(line.getString("span.id")).isEqualTo(span.getSpanContext().getSpanId());
    assertThat(line.getString("event.id")).isEqualTo("evt-7");
    assertThat(line.getString("event.type")).isEqualTo("org.bazaar.payment.requested.v1");
    assertThat(line.getString("order.id")).isEqualTo(ORDER);
    assertThat(line.getString("@timestamp")).isNotBlank();
  }
}
