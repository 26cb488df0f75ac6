package org.bazaar.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.platform.testing.TestMetrics.value;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Pool;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.testing.TestDatabases;
import org.bazaar.platform.tracing.Telemetry;
import org.bazaar.platform.tracing.TelemetrySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Vert.x metrics every service gets from {@link Observability}: HTTP per route, histograms, no noise. */
class ObservabilityIT {

  private final PrometheusMeterRegistry registry = Observability.registry("observability-it");
  private Telemetry telemetry;
  private Vertx vertx;

  @BeforeEach
  void start() {
    telemetry = Telemetry.create("observability-it", TelemetrySettings.from(Env.isolated(Map.of())));
    vertx = Observability.vertx(registry, telemetry);
  }

  @AfterEach
  void stop() {
    vertx.close().await();
    telemetry.close();
  }

  @Test
  void httpServerMetrics_carryTheRouteMethodAndCode_withLatencyBuckets() {
    Router router = Router.router(vertx);
    router.get("/things/:id").handler(ctx -> ctx.response().end("thing " + ctx.pathParam("id")));
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    WebClient client = WebClient.create(vertx);
    for (String id : new String[] {"1", "2"}) {
      assertThat(client.get(server.actualPort(), "127.0.0.1", "/things/" + id).send().await().statusCode())
          .isEqualTo(200);
    }
    client.close();

    String scrape = registry.scrape();
    String[] tags = {"service", "observability-it", "route", "/things/:id", "method", "GET", "code", "200"};
    assertThat(value(scrape, "vertx_http_server_requests_total", tags)).isEqualTo(2.0);
    assertThat(value(scrape, "vertx_http_server_response_time_seconds_count", tags)).isEqualTo(2.0);
    assertThat(scrape).contains("vertx_http_server_response_time_seconds_bucket{");
  }

  @Test
  void httpServerResponseTimes_useTheFixedBuckets_andSizesPublishNoHistogram() {
    Router router = Router.router(vertx);
    router.post("/things").handler(ctx -> ctx.response().end("ok"));
    HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
    WebClient client = WebClient.create(vertx);
    client.post(server.actualPort(), "127.0.0.1", "/things").sendBuffer(Buffer.buffer("x"))
        .await();
    client.close();

    String scrape = registry.scrape();
    long buckets = scrape.lines()
        .filter(line -> line.startsWith("vertx_http_server_response_time_seconds_bucket{")
            && line.contains("route=\"/things\""))
        .count();
    assertThat(buckets).isEqualTo(LatencyHistograms.BUCKETS.length + 1);
    assertThat(value(scrape, "vertx_http_server_response_time_seconds_bucket", "route", "/things", "le", "60.0"))
        .isEqualTo(1.0);
    assertThat(scrape).doesNotContain("vertx_http_server_request_bytes_bucket{")
        .doesNotContain("vertx_http_client_request_bytes_bucket{");
  }

  @Test
  void bazaarTimers_publishHistogramBuckets_fromMillisecondsToSeconds() {
    Timer.builder("bazaar.test.latency").register(registry).record(Duration.ofMillis(30));

    String scrape = registry.scrape();
    assertThat(value(scrape, "bazaar_test_latency_seconds_bucket", "le", "0.025")).isZero();
    assertThat(value(scrape, "bazaar_test_latency_seconds_bucket", "le", "0.05")).isEqualTo(1.0);
    assertThat(value(scrape, "bazaar_test_latency_seconds_bucket", "le", "30.0")).isEqualTo(1.0);
    assertThat(value(scrape, "bazaar_test_latency_seconds_max")).isNotNull();
  }

  @Test
  void theConnectionGauge_countsEveryConnection_thoughVertxRegistersItAgainForEach() {
    PgConfig db = TestDatabases.fresh("observability");
    Pool pool = Databases.pool(vertx, db, "observability-pool");
    Future.all(pool.query("SELECT pg_sleep(0.2)").execute(), pool.query("SELECT pg_sleep(0.2)").execute()).await();
    PgConnection.connect(vertx, Databases.connectOptions(db)).compose(PgConnection::close).await();

    await().atMost(Duration.ofSeconds(10)).until(() -> value(registry.scrape(),
        "vertx_net_client_active_connections") == 2.0);
    assertThat(value(registry.scrape(), "vertx_pool_completed_total", "pool_name", "observability-pool"))
        .isEqualTo(2.0);
    pool.close().await();
    await().atMost(Duration.ofSeconds(10)).until(() -> value(registry.scrape(),
        "vertx_net_client_active_connections") == 0.0);
  }
}
