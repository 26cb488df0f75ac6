package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import org.bazaar.paymentsimulator.config.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The simulator over real HTTP: what each token answers, validation, listing, health, and a restart. */
@ExtendWith(VertxExtension.class)
class PaymentSimulatorIT {

  private static final Duration SLOW = Duration.ofMillis(500);

  private Vertx vertx;
  private PaymentSimulator simulator;
  private SimulatorClient client;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", 0, SLOW, 2)).await();
    client = new SimulatorClient(vertx, simulator.port());
  }

  @AfterEach
  void stop() {
    client.close();
    simulator.close().await();
  }

  @Test
  void tokOk_authorizes_andMakesOneCharge() {
    String order = UUID.randomUUID().toString();
    HttpResponse<Buffer> response = client.charge(order, "tok_ok", order).await();

    assertThat(response.statusCode()).isEqualTo(201);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("id")).startsWith("ch_");
    assertThat(body.getString("status")).isEqualTo("authorized");
    assertThat(body.getJsonObject("amount")).isEqualTo(new JsonObject().put("amount", 1299).put("currency", "EUR"));
    assertThat(body.getString("reference")).isEqualTo(order);
    assertThat(response.getHeader("Idempotent-Replayed")).isEqualTo("false");
    assertThat(client.charges(order)).hasSize(1);
  }

  @Test
  void tokDecline_isDeclined_withCardDeclined() {
    String order = UUID.randomUUID().toString();
    HttpResponse<Buffer> response = client.charge(order, "tok_decline", order).await();

    assertThat(response.statusCode()).isEqualTo(402);
    assertThat(response.bodyAsJsonObject())
        .isEqualTo(new JsonObject().put("status", "declined").put("code", "card_declined"));
    assertThat(client.charges(order)).isEmpty();
  }

  @Test
  void anUnknownToken_isDeclined_withInvalidToken() {
    String order = UUID.randomUUID().toString();
    HttpResponse<Buffer> response = client.charge(order, "tok_nobody_knows", order).await();

    assertThat(response.statusCode()).isEqualTo(402);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("invalid_token");
  }

  @Test
  void tokSlow_authorizes_onlyAfterTheDelay() {
    String order = UUID.randomUUID().toString();
    long started = System.nanoTime();

    HttpResponse<Buffer> response = client.charge(order, "tok_slow", order).await();

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SLOW.minusMillis(50));
    assertThat(client.charges(order)).hasSize(1);
  }

  @Test
  void invalidRequests_get400_withEveryBadField() {
    HttpResponse<Buffer> response = client.web().post("/charges")
        .sendJsonObject(new JsonObject().put("amount", new JsonObject().put("amount", -1).put("currency", "euro")))
        .await();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.bodyAsJsonObject().getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("field")).toList())
        .containsExactlyInAnyOrder("Idempotency-Key", "amount.amount", "amount.currency", "token", "reference");
    assertThat(client.web().post("/charges").putHeader("Idempotency-Key", "k").sendBuffer(Buffer.buffer("{nope"))
        .await().statusCode()).isEqualTo(400);
    assertThat(client.charges(null)).isEmpty();
  }

  @Test
  void listsEveryCharge_answersHealth_and404sUnknownPaths() {
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    client.charge(a, "tok_ok", a).await();
    client.charge(b, "tok_ok", b).await();

    assertThat(client.charges(null)).hasSize(2);
    assertThat(client.web().get("/health/live").send().await().statusCode()).isEqualTo(200);
    HttpResponse<Buffer> missing = client.web().get("/refunds").send().await();
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.getHeader("Content-Type")).isEqualTo("application/problem+json");
  }

  @Test
  void aRestartForgetsEveryCharge() {
    String order = UUID.randomUUID().toString();
    client.charge(order, "tok_ok", order).await();
    int port = simulator.port();
    simulator.close().await();
    client.close();

    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", port, SLOW, 2)).await();
    client = new SimulatorClient(vertx, port);

    assertThat(client.charges(order)).isEmpty();
  }
}
