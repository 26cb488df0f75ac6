package org.bazaar.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.junit5.VertxExtension;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With {@code BAZAAR_OTEL_EXPORTER=otlp}, spans reach an OTLP/HTTP endpoint. */
@ExtendWith(VertxExtension.class)
class OtlpExportIT {

  @Test
  void spansAreSentAsOtlpProtobuf_toTheConfiguredEndpoint(Vertx vertx) {
    List<String> requests = new CopyOnWriteArrayList<>();
    List<Buffer> bodies = new CopyOnWriteArrayList<>();
    HttpServer collector = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
      requests.add(request.method() + " " + request.path() + " " + request.getHeader("Content-Type"));
      bodies.add(body);
      request.response().putHeader("Content-Type", "application/x-protobuf").end();
    })).listen(0, "127.0.0.1").await();

    Telemetry telemetry = Telemetry.create("cart", TelemetrySettings.from(Env.isolated(Map.of(
        "BAZAAR_OTEL_EXPORTER", "otlp",
        "BAZAAR_OTEL_ENDPOINT", "http://127.0.0.1:" + collector.actualPort() + "/v1/traces"))));
    telemetry.tracer().spanBuilder("checkout-span").setParent(Spans.parent(null)).startSpan().end();
    telemetry.close(); // sends what is batched

    assertThat(requests).containsExactly("POST /v1/traces application/x-protobuf");
    String body = bodies.get(0).toString(StandardCharsets.ISO_8859_1);
    assertThat(body).contains("checkout-span").contains("cart");
    collector.close().await();
  }
}
