package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Idempotency-Key semantics over real HTTP: replays, duplicates in flight, concurrency, reused keys. */
@ExtendWith(VertxExtension.class)
class IdempotencyIT {

  private static final Duration SLOW = Duration.ofMillis(500);

  private PaymentSimulator simulator;
  private SimulatorClient client;

  @BeforeEach
  void start(Vertx vertx) {
    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", 0, SLOW, 2)).await();
    client = new SimulatorClient(vertx, simulator.port());
  }

  @AfterEach
  void stop() {
    client.close();
    simulator.close().await();
  }

  @Test
  void aRepeatOfAFinalAnswer_returnsThatAnswer_andChargesNothingNew() {
    String order = UUID.randomUUID().toString();
    JsonObject first = client.charge(order, "tok_ok", order).await().bodyAsJsonObject();
    HttpResponse<Buffer> again = client.charge(order, "tok_ok", order).await();

    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.bodyAsJsonObject()).isEqualTo(first);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(client.charges(order)).hasSize(1);

    String declined = UUID.randomUUID().toString();
    client.charge(declined, "tok_decline", declined).await();
    assertThat(client.charge(declined, "tok_decline", declined).await().statusCode()).isEqualTo(402);
    assertThat(client.charges(declined)).isEmpty();
  }

  @Test
  void tokSlow_answersAfterTheDelay_andADuplicateInFlightGets409() {
    String order = UUID.randomUUID().toString();
    long started = System.nanoTime();
    Future<HttpResponse<Buffer>> slow = client.charge(order, "tok_slow", order);
    HttpResponse<Buffer> duplicate = client.charge(order, "tok_slow", order).await();

    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(duplicate.bodyAsJsonObject().getString("code")).isEqualTo("idempotency_key_in_use");
    assertThat(duplicate.getHeader("Content-Type")).isEqualTo("application/problem+json");
    HttpResponse<Buffer> answer = slow.await();
    assertThat(answer.statusCode()).isEqualTo(201);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(SLOW.minusMillis(50));
    assertThat(client.charge(order, "tok_slow", order).await().bodyAsJsonObject())
        .isEqualTo(answer.bodyAsJsonObject());
    assertThat(client.charges(order)).hasSize(1);
  }

  @Test
  void tokFlaky_fails503TwicePerKey_thenAuthorizes() {
    String order = UUID.randomUUID().toString();
    assertThat(client.charge(order, "tok_flaky", order).await().statusCode()).isEqualTo(503);
    HttpResponse<Buffer> second = client.charge(order, "tok_flaky", order).await();
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(second.bodyAsJsonObject().getString("code")).isEqualTo("temporarily_unavailable");
    assertThat(client.charges(order)).isEmpty();

    assertThat(client.charge(order, "tok_flaky", order).await().statusCode()).isEqualTo(201);
    assertThat(client.charge(order, "tok_flaky", order).await().getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(client.charges(order)).hasSize(1);

    String other = UUID.randomUUID().toString();
    assertThat(client.charge(other, "tok_flaky", other).await().statusCode()).isEqualTo(503);
  }

  @Test
  void concurrentRequestsWithOneKey_neverChargeTwice() {
    String order = UUID.randomUUID().toString();
    List<HttpResponse<Buffer>> answers = Future.all(IntStream.range(0, 12)
            .mapToObj(i -> client.charge(order, "tok_slow", order)).toList())
        .await().list();

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409).containsOnlyOnce(201);
    assertThat(client.charges(order)).hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherRequest_isRefusedWith422() {
    String order = UUID.randomUUID().toString();
    client.charge(order, "tok_ok", order).await();

    HttpResponse<Buffer> response = client.charge(order, "tok_decline", order).await();

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.bodyAsJsonObject().getString("code")).isEqualTo("idempotency_key_reused");
    assertThat(client.charges(order)).hasSize(1);
  }
}
