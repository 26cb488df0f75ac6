package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import org.bazaar.paymentsimulator.config.SimulatorConfig;
import org.bazaar.paymentsimulator.control.ProviderControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The log of charge attempts over real HTTP ({@code /admin/charges}, its summary) and through ProviderControl. */
@ExtendWith(VertxExtension.class)
class ChargeLogIT {

  private PaymentSimulator simulator;
  private SimulatorClient client;
  private ProviderControl control;

  @BeforeEach
  void start(Vertx vertx) {
    simulator = PaymentSimulator.start(vertx, new SimulatorConfig("127.0.0.1", 0, Duration.ofMillis(300), 2)).await();
    client = new SimulatorClient(vertx, simulator.port());
    control = new ProviderControl("http://127.0.0.1:" + simulator.port());
  }

  @AfterEach
  void stop() {
    client.close();
    simulator.close().await();
  }

  @Test
  void theSameKeyTwice_getsTheSameAnswer_andMakesOneSuccessfulCharge() {
    String order = UUID.randomUUID().toString();
    HttpResponse<Buffer> first = client.charge(order, "tok_ok", order).await();
    HttpResponse<Buffer> second = client.charge(order, "tok_ok", order).await();

    assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(201);
    assertThat(second.bodyAsString()).isEqualTo(first.bodyAsString());
    List<ChargeAttempt> attempts = control.charges(order);
    assertThat(attempts).extracting(ChargeAttempt::charged, ChargeAttempt::replayed)
        .containsExactly(tuple(true, false), tuple(false, true));
    assertThat(attempts).extracting(ChargeAttempt::chargeId)
        .containsOnly(first.bodyAsJsonObject().getString("id"));
    assertThat(control.successfulChargesPerOrder()).containsExactly(java.util.Map.entry(order, 1));
  }

  @Test
  void everyAttempt_isLoggedWithWhatItWasAnswered() {
    String ok = UUID.randomUUID().toString();
    String declined = UUID.randomUUID().toString();
    String flaky = UUID.randomUUID().toString();
    String slow = UUID.randomUUID().toString();
    client.charge(ok, "tok_ok", ok).await();
    client.charge(ok, "tok_decline", ok).await();
    client.charge(declined, "tok_decline", declined).await();
    for (int i = 0; i < 3; i++) {
      client.charge(flaky, "tok_flaky", flaky).await();
    }
    Future<HttpResponse<Buffer>> pending = client.charge(slow, "tok_slow", slow);
    client.charge(slow, "tok_slow", slow).await();
    pending.await();

    assertThat(control.charges(ok)).extracting(ChargeAttempt::status, ChargeAttempt::code)
        .containsExactly(tuple(201, "authorized"), tuple(422, "idempotency_key_reused"));
    assertThat(control.charges(declined)).extracting(ChargeAttempt::status, ChargeAttempt::code)
        .containsExactly(tuple(402, "card_declined"));
    assertThat(control.charges(flaky)).extracting(ChargeAttempt::status, ChargeAttempt::charged).containsExactly(
        tuple(503, false), tuple(503, false), tuple(201, true));
    assertThat(control.charges(slow)).extracting(ChargeAttempt::status, ChargeAttempt::code)
        .containsExactly(tuple(409, "idempotency_key_in_use"), tuple(201, "authorized"));
    assertThat(control.charges()).hasSize(8).allSatisfy(a -> {
      assertThat(a.idempotencyKey()).isEqualTo(a.orderId());
      assertThat(a.mode()).isEqualTo("healthy");
      assertThat(a.answeredAt()).isAfterOrEqualTo(a.receivedAt());
    });

    HttpResponse<Buffer> byKey = client.web().get("/admin/charges").addQueryParam("idempotencyKey", flaky).send()
        .await();
    assertThat(byKey.bodyAsJsonObject().getJsonArray("items")).hasSize(3);

    JsonObject summary = client.web().get("/admin/charges/summary").send().await().bodyAsJsonObject();
    assertThat(summary.getJsonObject("totals")).isEqualTo(new JsonObject().put("orders", 4).put("attempts", 8)
        .put("successfulCharges", 3).put("ordersChargedMoreThanOnce", new JsonArray()));
    assertThat(summary.getJsonArray("orders")).contains(
        new JsonObject().put("orderId", flaky).put("attempts", 3).put("successfulCharges", 1),
        new JsonObject().put("orderId", declined).put("attempts", 1).put("successfulCharges", 0));
  }

  @Test
  void twoKeysForOneOrder_showAsTwoChargesOfThatOrder() {
    String order = UUID.randomUUID().toString();
    client.charge("first-" + order, "tok_ok", order).await();
    client.charge("second-" + order, "tok_ok", order).await();

    assertThat(control.summary().chargedMoreThanOnce()).containsExactly(order);
    assertThat(control.successfulChargesPerOrder()).containsEntry(order, 2);
  }

  @Test
  void theLog_staysTheSame_howeverOftenItIsRead() {
    String order = UUID.randomUUID().toString();
    client.charge(order, "tok_ok", order).await();
    ChargeSummary first = control.summary();

    for (int i = 0; i < 200; i++) {
      assertThat(control.summary()).isEqualTo(first);
      assertThat(control.charges(order)).hasSize(1);
    }
  }

  @Test
  void providerControl_failsWithTheAnswer_whenTheSimulatorRefuses() {
    ProviderControl wrong = new ProviderControl("http://127.0.0.1:" + simulator.port() + "/nowhere");

    assertThatThrownBy(wrong::summary).isInstanceOf(IllegalStateException.class).hasMessageContaining("404");
  }
}
