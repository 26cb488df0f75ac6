package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import org.bazaar.paymentsimulator.config.SimulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PaymentSimulatorIT {

  private static final Duration SLOW = Duration.ofMillis(500);

  private Vertx vertx;
  private PaymentSimulator simulator;
  private WebClient client;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", 0, SLOW, 2)).await();
    client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(simulator.port()), new PoolOptions().setHttp1MaxSize(32));
  }

  @AfterEach
  void stop() {
    client.close();
    simulator.close().await();
  }

  @Test
  void tokOk_authorizes_andMakesOneCharge() {
    String order = UUID.randomUUID().toString();
    HttpResponse<Buffer> response = charge(order, "tok_ok", order).await();

    assertThat(response.statusCode()).isEqualTo(201);
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("id")).startsWith("ch_");
    assertThat(body.getString("status")).isEqualTo("authorized");
    assertThat(body.getJsonObject("amount")).isEqualTo(new JsonObject().put("amount", 1299).put("currency", "EUR"));
    assertThat(body.getString("reference")).isEqualTo(order);
    assertThat(response.getHeader("Idempotent-Replayed")).isEqualTo("false");
    assertThat(charges(order)).hasSize(1);
  }

  @Test
  void aRepeatOfAFinalAnswer_returnsThatAnswer_andChargesNothingNew() {
    String order = UUID.randomUUID().toString();
    JsonObject first = charge(order, "tok_ok", order).await().bodyAsJsonObject();
    HttpResponse<Buffer> again = charge(order, "tok_ok", order).await();

    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.bodyAsJsonObject()).isEqualTo(first);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(charges(order)).hasSize(1);

    String declined = UUID.randomUUID().toString();
    charge(declined, "tok_decline", declined).await();
    assertThat(charge(declined, "tok_decline", declined).await().statusCode()).isEqualTo(402);
    assertThat(charges(declined)).isEmpty();
  }

  @Test
  void tokDecline_isDeclined_withCardDeclined() {
    String order = UUID.randomUUID().toString();
    HttpResponse<Buffer> response = charge(order, "tok_decline", order).await();

    assertThat(response.statusCode()).isEqualTo(402);
    assertThat(response.bodyAsJsonObject())
        .isEqualTo(new JsonObject().put("status", "declined").put("code", "card_declined"));
    assertThat(charges(order)).isEmpty();
  }

  @Test
  void anUnknownToken_isDeclined_withInvalidToken() {
    String order = UUID.randomUUID().toString();
    HttpResponse<Buffer> response = charge(order, "tok_nobody_knows", order).await();

    assertThat(response.statusCode()).isEqualTo(402);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("invalid_token");
  }

  @Test
  void tokSlow_answersAfterTheDelay_andADuplicateInFlightGets409() {
    String order = UUID.randomUUID().toString();
    long started = System.nanoTime();
    Future<HttpResponse<Buffer>> slow = charge(order, "tok_slow", order);
    HttpResponse<Buffer> duplicate = charge(order, "tok_slow", order).await();

    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.bodyAsJsonObject().getString("code")).isEqualTo("idempotency_key_in_use");
    assertThat(duplicate.getHeader("Content-Type")).isEqualTo("application/problem+json");
    HttpResponse<Buffer> answer = slow.await();
    assertThat(answer.statusCode()).isEqualTo(201);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SLOW.minusMillis(50));
    assertThat(charge(order, "tok_slow", order).await().bodyAsJsonObject()).isEqualTo(answer.bodyAsJsonObject());
    assertThat(charges(order)).hasSize(1);
  }

  @Test
  void tokFlaky_fails503TwicePerKey_thenAuthorizes() {
    String order = UUID.randomUUID().toString();
    assertThat(charge(order, "tok_flaky", order).await().statusCode()).isEqualTo(503);
    HttpResponse<Buffer> second = charge(order, "tok_flaky", order).await();
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(second.bodyAsJsonObject().getString("code")).isEqualTo("temporarily_unavailable");
    assertThat(charges(order)).isEmpty();

    assertThat(charge(order, "tok_flaky", order).await().statusCode()).isEqualTo(201);
    assertThat(charge(order, "tok_flaky", order).await().getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(charges(order)).hasSize(1);

    String other = UUID.randomUUID().toString();
    assertThat(charge(other, "tok_flaky", other).await().statusCode()).isEqualTo(503);
  }

  @Test
  void concurrentRequestsWithOneKey_neverChargeTwice() {
    String order = UUID.randomUUID().toString();
    List<HttpResponse<Buffer>> answers = Future.all(IntStream.range(0, 12)
            .mapToObj(i -> charge(order, "tok_slow", order)).toList())
        .await().list();

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409).containsOnlyOnce(201);
    assertThat(charges(order)).hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherRequest_isRefusedWith422() {
    String order = UUID.randomUUID().toString();
    charge(order, "tok_ok", order).await();

    HttpResponse<Buffer> response = charge(order, "tok_decline", order).await();

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("idempotency_key_reused");
    assertThat(charges(order)).hasSize(1);
  }

  @Test
  void invalidRequests_get400_withEveryBadField() {
    HttpResponse<Buffer> response = client.post("/charges")
        .sendJsonObject(new JsonObject().put("amount", new JsonObject().put("amount", -1).put("currency", "euro")))
        .await();

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.bodyAsJsonObject().getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("field")).toList())
        .containsExactlyInAnyOrder("Idempotency-Key", "amount.amount", "amount.currency", "token", "reference");
    assertThat(client.post("/charges").putHeader("Idempotency-Key", "k").sendBuffer(Buffer.buffer("{nope")).await()
        .statusCode()).isEqualTo(400);
    assertThat(charges(null)).isEmpty();
  }

  @Test
  void listsEveryCharge_answersHealth_and404sUnknownPaths() {
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    charge(a, "tok_ok", a).await();
    charge(b, "tok_ok", b).await();

    assertThat(charges(null)).hasSize(2);
    assertThat(client.get("/health/live").send().await().statusCode()).isEqualTo(200);
    HttpResponse<Buffer> missing = client.get("/refunds").send().await();
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.getHeader("Content-Type")).isEqualTo("application/problem+json");
  }

  @Test
  void aRestartForgetsEveryCharge() {
    String order = UUID.randomUUID().toString();
    charge(order, "tok_ok", order).await();
    int port = simulator.port();
    simulator.close().await();
    client.close();

    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", port, SLOW, 2)).await();
    client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port));

    assertThat(charges(order)).isEmpty();
  }

  private Future<HttpResponse<Buffer>> charge(String key, String token, String reference) {
    JsonObject body = new JsonObject()
        .put("amount", new JsonObject().put("amount", 1299).put("currency", "EUR"))
        .put("token", token)
        .put("reference", reference);
    return client.post("/charges").putHeader("Idempotency-Key", key).sendJsonObject(body);
  }

  private List<Object> charges(String reference) {
    var request = client.get("/charges");
    if (reference != null) {
      request.addQueryParam("reference", reference);
    }
    HttpResponse<Buffer> response = request.send().await();
    assertThat(response.statusCode()).isEqualTo(200);
    return response.bodyAsJsonObject().getJsonArray("items").getList();
  }
}
