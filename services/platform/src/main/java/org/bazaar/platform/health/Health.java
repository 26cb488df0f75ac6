package org.bazaar.platform.health;

import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.kafka.admin.KafkaAdminClient;
import io.vertx.sqlclient.Pool;

/**
 * {@code /health/live} answers while the process runs; {@code /health/ready} checks the service's
 * dependencies (Postgres, Kafka) and answers 503 when one is unreachable.
 */
public final class Health {

  private static final long CHECK_TIMEOUT_MS = 2000;

  private final HealthChecks checks;
  private KafkaAdminClient admin;

  public Health(Vertx vertx) {
    this.checks = HealthChecks.create(vertx);
  }

  public Health postgres(Pool pool) {
    checks.register("postgres", CHECK_TIMEOUT_MS, promise -> pool.query("SELECT 1").execute()
        .onSuccess(rows -> promise.tryComplete(Status.OK()))
        .onFailure(e -> promise.tryComplete(Status.KO(new JsonObject().put("error", e.getMessage())))));
    return this;
  }

  public Health kafka(Vertx vertx, String bootstrapServers) {
    admin = KafkaAdminClient.create(vertx, Map.of(
        "bootstrap.servers", bootstrapServers,
        "request.timeout.ms", "1500",
        "default.api.timeout.ms", "1800"));
    checks.register("kafka", CHECK_TIMEOUT_MS, promise -> admin.describeCluster()
        .onSuccess(cluster -> promise.tryComplete(Status.OK()))
        .onFailure(e -> promise.tryComplete(Status.KO(new JsonObject().put("error", e.getMessage())))));
    return this;
  }

  /** Adds any other readiness check, e.g. a downstream service seen from the edge. */
  public HealthChecks checks() {
    return checks;
  }

  public Future<Void> close() {
    return admin == null ? Future.succeededFuture() : admin.close();
  }

  public void mount(Router router) {
    router.get("/health/live").handler(ctx -> ctx.response().putHeader("Content-Type", "application/json")
        .end(new JsonObject().put("status", "UP").encode()));
    router.get("/health/ready").handler(HealthCheckHandler.createWithHealthChecks(checks));
  }
}
