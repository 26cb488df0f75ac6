package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import org.bazaar.paymentsimulator.config.SimulatorConfig;
import org.bazaar.paymentsimulator.control.ProviderControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fault modes switched over real HTTP on {@code /admin/mode}, and what every charge gets while one is set. */
@ExtendWith(VertxExtension.class)
class FaultModesIT {

  private static final Duration DELAY = Duration.ofMillis(300);

  private Vertx vertx;
  private PaymentSimulator simulator;
  private SimulatorClient client;
  private ProviderControl control;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", 0, Duration.ofMillis(500), 2)).await();
    client = new SimulatorClient(vertx, simulator.port());
    control = new ProviderControl("http://127.0.0.1:" + simulator.port());
  }

  @AfterEach
  void stop() {
    client.close();
    simulator.close().await();
  }

  @Test
  void theSimulatorStartsHealthy_andGetModeSaysSince() {
    HttpResponse<Buffer> response = client.web().get("/admin/mode").send().await();

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject mode = response.bodyAsJsonObject();
    assertThat(mode.getString("mode")).isEqualTo("healthy");
    assertThat(mode.getString("since")).isNotBlank();
    assertThat(control.mode()).isEqualTo(FaultMode.healthy());
  }

  @Test
  void failing_answers503ToEveryToken_chargesNothing_andHealthyBringsTheTokensBack() {
    JsonObject set = put(new JsonObject().put("mode", "failing")).bodyAsJsonObject();
    assertThat(set.getString("mode")).isEqualTo("failing");
    assertThat(set.getDouble("failureRate")).isEqualTo(1.0);
    assertThat(set.getString("failWith")).isEqualTo("503");

    String order = UUID.randomUUID().toString();
    for (String token : List.of("tok_ok", "tok_decline", "tok_flaky")) {
      HttpResponse<Buffer> answer = client.charge(order + token, token, order + token).await();
      assertThat(answer.statusCode()).isEqualTo(503);
      assertThat(answer.bodyAsJsonObject().getString("code")).isEqualTo("temporarily_unavailable");
    }
    assertThat(client.charges(null)).isEmpty();

    put(new JsonObject().put("mode", "healthy"));
    assertThat(client.charge(order + "tok_ok", "tok_ok", order + "tok_ok").await().statusCode()).isEqualTo(201);
    assertThat(client.charge(order + "tok_decline", "tok_decline", order + "tok_decline").await().statusCode())
        .isEqualTo(402);
    assertThat(control.charges(order + "tok_ok")).extracting(ChargeAttempt::mode, ChargeAttempt::status)
        .containsExactly(tuple("failing", 503),
            tuple("healthy", 201));
  }

  @Test
  void slow_answersEveryChargeOnlyAfterTheDelay_asItsTokenSays() {
    control.slow(DELAY);
    String order = UUID.randomUUID().toString();

    long started = System.nanoTime();
    HttpResponse<Buffer> authorized = client.charge(order, "tok_ok", order).await();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(DELAY.minusMillis(50));
    assertThat(authorized.statusCode()).isEqualTo(201);
    assertThat(client.charge(order + "-d", "tok_decline", order + "-d").await().statusCode()).isEqualTo(402);

    JsonObject mode = control.mode().toJson();
    assertThat(mode.getString("mode")).isEqualTo("slow");
    assertThat(mode.getLong("delayMs")).isEqualTo(DELAY.toMillis());
    assertThat(control.charges(order)).singleElement().satisfies(a -> {
      assertThat(a.mode()).isEqualTo("slow");
      assertThat(a.charged()).isTrue();
      assertThat(Duration.between(a.receivedAt(), a.answeredAt())).isGreaterThanOrEqualTo(DELAY.minusMillis(50));
    });
  }

  @Test
  void slow_withManyCallsForOneKey_makesOneCharge_andReplaysItToTheRest() {
    control.slow(DELAY);
    String order = UUID.randomUUID().toString();

    List<HttpResponse<Buffer>> answers = Future.all(IntStream.range(0, 8)
        .mapToObj(i -> client.charge(order, "tok_ok", order)).toList()).await().list();

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
    assertThat(answers).extracting(HttpResponse::bodyAsJsonObject).containsOnly(answers.get(0).bodyAsJsonObject());
    assertThat(control.successfulChargesPerOrder()).containsEntry(order, 1);
  }

  @Test
  void failingWithReset_closesTheConnection_andHang_neverAnswers() {
    control.failing(1, FaultMode.FailWith.RESET);
    String reset = UUID.randomUUID().toString();
    assertThatThrownBy(() -> client.charge(reset, "tok_ok", reset).await());

    control.failing(1, FaultMode.FailWith.HANG);
    String hang = UUID.randomUUID().toString();
    assertThatThrownBy(() -> client.web().post("/charges").putHeader("Idempotency-Key", hang)
        .idleTimeout(500).sendJsonObject(SimulatorClient.body("tok_ok", hang)).await());

    assertThat(control.charges(reset)).extracting(ChargeAttempt::status, ChargeAttempt::code)
        .containsOnly(tuple(0, "connection_reset"));
    assertThat(control.charges(hang)).extracting(ChargeAttempt::status, ChargeAttempt::code)
        .containsExactly(tuple(0, "no_answer"));
    assertThat(client.charges(null)).isEmpty();
  }

  @Test
  void aFailureRate_failsSomeChargesAndAnswersTheRest() {
    control.failing(0.5, FaultMode.FailWith.UNAVAILABLE);

    List<Integer> statuses = IntStream.range(0, 60).mapToObj(i -> UUID.randomUUID().toString())
        .map(key -> client.charge(key, "tok_ok", key).await().statusCode()).toList();

    assertThat(statuses).containsOnly(201, 503).contains(201, 503);
    control.failing(0, FaultMode.FailWith.UNAVAILABLE);
    String order = UUID.randomUUID().toString();
    assertThat(client.charge(order, "tok_ok", order).await().statusCode()).isEqualTo(201);
  }

  @Test
  void anInvalidMode_is400WithTheField_andChangesNothing() {
    control.slow(DELAY);
    assertInvalid(new JsonObject().put("mode", "broken"), "mode");
    assertInvalid(new JsonObject().put("mode", "slow"), "delayMs");
    assertInvalid(new JsonObject().put("mode", "slow").put("delayMs", -1), "delayMs");
    assertInvalid(new JsonObject().put("mode", "failing").put("failureRate", 2), "failureRate");
    assertInvalid(new JsonObject().put("mode", "failing").put("failWith", "explode"), "failWith");
    HttpResponse<Buffer> notJson = client.web().put("/admin/mode").sendBuffer(Buffer.buffer("{nope")).await();
    assertThat(notJson.statusCode()).isEqualTo(400);

    assertThat(control.mode()).isEqualTo(FaultMode.slow(DELAY));
  }

  @Test
  void aRestartedSimulator_isHealthy_withAnEmptyLedger() {
    control.failing();
    String order = UUID.randomUUID().toString();
    client.charge(order, "tok_ok", order).await();
    assertThat(control.charges()).hasSize(1);

    client.close();
    simulator.close().await();
    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", 0, DELAY, 2)).await();
    client = new SimulatorClient(vertx, simulator.port());
    control = new ProviderControl("http://127.0.0.1:" + simulator.port());

    assertThat(control.mode().kind()).isEqualTo(FaultMode.Kind.HEALTHY);
    assertThat(control.charges()).isEmpty();
    assertThat(control.summary().orders()).isEmpty();
  }

  private HttpResponse<Buffer> put(JsonObject mode) {
    HttpResponse<Buffer> response = client.web().put("/admin/mode").sendJsonObject(mode).await();
    assertThat(response.statusCode()).isEqualTo(200);
    return response;
  }

  private void assertInvalid(JsonObject mode, String field) {
    HttpResponse<Buffer> response = client.web().put("/admin/mode").sendJsonObject(mode).await();
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo(field);
  }
}
