package org.bazaar.payments.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.bazaar.paymentsimulator.PaymentSimulator;
import org.bazaar.paymentsimulator.config.SimulatorConfig;
import org.bazaar.payments.PaymentsVerticle;
import org.bazaar.payments.config.PaymentsConfig;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.testing.TestEnv;

/**
 * A real payments service on a fresh database and the test broker, charging at a real payment simulator
 * started in-process (tok_slow answers after 8 s, the provider timeout is 1 s), with a read-only view of the
 * service's database and the simulator's charges for assertions.
 */
public final class PaymentsService implements AutoCloseable {

  /** Longer than every retry of one round (1 s timeout, then at most 0.4 + 0.8 + 1.6 s of backoff). */
  public static final Duration SLOW_DELAY = Duration.ofSeconds(8);

  /** A payment row as the tests see it; {@code millis} is how long its last provider round took. */
  public record Stored(String status, int attempts, String chargeId, String lastError, long millis) {
  }

  private final Vertx vertx = Vertx.vertx();
  private final WebClient http = WebClient.create(vertx);
  private final SimulatorConfig simulatorConfig;
  private PaymentSimulator simulator;
  private final ServiceLauncher.Running service;
  private final int port;
  private final Pool pool;

  private PaymentsService(Map<String, String> extra) {
    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", 0, SLOW_DELAY, 2)).await();
    simulatorConfig = new SimulatorConfig("127.0.0.1", simulator.port(), SLOW_DELAY, 2);
    Map<String, String> values = new HashMap<>();
    values.put("BAZAAR_PAYMENT_PROVIDER_URL", "http://127.0.0.1:" + simulator.port());
    values.put("BAZAAR_BREAKER_PROVIDER_TIMEOUT", "1s");
    values.putAll(extra);
    Env env = TestEnv.forService(PaymentsConfig.NAME, values);
    port = TestEnv.httpPort(env);
    service = ServiceLauncher.start(PaymentsConfig.NAME, env, PaymentsVerticle::new).await();
    pool = Databases.pool(vertx, PaymentsConfig.from(env).service().pg(), "payments-test-reads");
  }

  public static PaymentsService start(Map<String, String> extra) {
    return new PaymentsService(extra);
  }

  /** The provider goes away: connections are refused until {@link #restartSimulator()}. */
  public void stopSimulator() {
    simulator.close().await();
  }

  /** The provider comes back on the same port, with no memory of earlier charges. */
  public void restartSimulator() {
    simulator = PaymentSimulator.start(vertx, simulatorConfig).await();
  }

  /** How many charges the provider made for this order, asked over HTTP like an operator would. */
  public int charges(UUID orderId) {
    HttpResponse<Buffer> response = http.get(simulator.port(), "127.0.0.1", "/charges")
        .addQueryParam("reference", orderId.toString()).send().await();
    return response.bodyAsJsonObject().getJsonArray("items").size();
  }

  public Optional<Stored> payment(UUID orderId) {
    var rows = pool.preparedQuery("SELECT status, attempts, provider_charge_id, last_error, "
            + "(EXTRACT(EPOCH FROM updated_at - created_at) * 1000)::bigint FROM payments WHERE order_id = $1")
        .execute(Tuple.of(orderId)).await();
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(new Stored(row.getString(0), row.getInteger(1), row.getString(2), row.getString(3),
        row.getLong(4)));
  }

  /** Whether payments has processed (and committed the effect of) the event with this id. */
  public boolean processed(String eventId) {
    return pool.preparedQuery("SELECT 1 FROM inbox WHERE event_id = $1").execute(Tuple.of(eventId)).await().size() > 0;
  }

  /** The service's Prometheus scrape. */
  public String metrics() {
    return http.get(port, "127.0.0.1", "/metrics").send().await().bodyAsString();
  }

  public HttpResponse<Buffer> get(String path) {
    return http.get(port, "127.0.0.1", path).send().await();
  }

  /**
   * Undeploys, then closes the service's Vert.x, as two awaited steps: {@code Running.stop()} chains the close
   * onto the service's own context, so its future may never complete once that context is gone.
   */
  @Override
  public void close() {
    service.vertx().undeploy(service.deploymentId()).await();
    service.vertx().close().await();
    pool.close().await();
    simulator.close().await();
    vertx.close().await();
  }
}
