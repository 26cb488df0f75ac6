package org.bazaar.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.platform.testing.TestMetrics.value;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.payments.support.EventPublisher;
import org.bazaar.payments.support.PaymentEventLog;
import org.bazaar.payments.support.PaymentsService;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Payments against real Kafka, real Postgres and the real payment simulator, one token or failure at a time. */
class PaymentsIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private static PaymentsService payments;
  private static EventPublisher publish;
  private static PaymentEventLog log;

  @BeforeAll
  static void start() {
    TestKafka.createTopics(List.of(Topics.deadLetter("payments")));
    payments = PaymentsService.start(Map.of());
    publish = new EventPublisher();
    log = new PaymentEventLog();
  }

  @AfterAll
  static void stop() {
    log.close();
    publish.close();
    payments.close();
  }

  @Test
  void tokOk_isAuthorizedAtTheFirstAttempt_withOneCharge() {
    UUID order = UUID.randomUUID();
    publish.paymentRequested(order, "tok_ok");

    JsonObject authorized = log.awaitOutcome(order, EventTypes.PAYMENT_AUTHORIZED_V1);

    assertThat(authorized.getString("orderId")).isEqualTo(order.toString());
    assertThat(authorized.getInteger("attempts")).isEqualTo(1);
    assertThat(authorized.getJsonObject("amount")).isEqualTo(EventPublisher.PRICE.toJson());
    assertThat(authorized.getString("paymentId")).startsWith("ch_");
    assertThat(payments.charges(order)).isEqualTo(1);
    assertThat(payments.payment(order)).hasValueSatisfying(p -> {
      assertThat(p.status()).isEqualTo("AUTHORIZED");
      assertThat(p.attempts()).isEqualTo(1);
      assertThat(p.chargeId()).isEqualTo(authorized.getString("paymentId"));
    });
  }

  @Test
  void tokDecline_isDeclined_andNotRetried() {
    UUID order = UUID.randomUUID();
    publish.paymentRequested(order, "tok_decline");

    JsonObject declined = log.awaitOutcome(order, EventTypes.PAYMENT_DECLINED_V1);

    assertThat(declined.getString("reason")).isEqualTo("DECLINED");
    assertThat(declined.getInteger("attempts")).isEqualTo(1);
    assertThat(declined.getString("detail")).contains("card_declined");
    assertThat(payments.charges(order)).isZero();
    assertThat(payments.payment(order).orElseThrow().status()).isEqualTo("DECLINED");
  }

  @Test
  void tokSlow_isDeclinedAsProviderUnavailable_afterBoundedRetries() {
    UUID order = UUID.randomUUID();
    publish.paymentRequested(order, "tok_slow");

    JsonObject declined = log.awaitOutcome(order, EventTypes.PAYMENT_DECLINED_V1);

    assertThat(declined.getString("reason")).isEqualTo("PROVIDER_UNAVAILABLE");
    assertThat(declined.getInteger("attempts")).isEqualTo(4);
    PaymentsService.Stored stored = payments.payment(order).orElseThrow();
    assertThat(stored.status()).isEqualTo("UNAVAILABLE");
    assertThat(stored.lastError()).isNotBlank();
    assertThat(stored.millis()).isLessThan(PaymentsService.SLOW_DELAY.toMillis());
    // the first, timed-out call may still be charged when its delay ends: never more than once
    assertThat(payments.charges(order)).isLessThanOrEqualTo(1);
  }

  @Test
  void tokFlaky_isAuthorizedAfterRetries_withOneCharge() {
    UUID order = UUID.randomUUID();
    publish.paymentRequested(order, "tok_flaky");

    JsonObject authorized = log.awaitOutcome(order, EventTypes.PAYMENT_AUTHORIZED_V1);

    assertThat(authorized.getInteger("attempts")).isEqualTo(3);
    assertThat(payments.charges(order)).isEqualTo(1);
    assertThat(payments.payment(order).orElseThrow().attempts()).isEqualTo(3);
  }

  @Test
  void theSameEventDeliveredTwice_chargesOnce_andPublishesOneOutcome() {
    UUID order = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    publish.paymentRequested(eventId, order, "tok_ok", 0);
    publish.paymentRequested(eventId, order, "tok_ok", 0);
    UUID marker = UUID.randomUUID();
    publish.paymentRequested(UUID.randomUUID().toString(), marker, "tok_ok", 0);

    log.awaitOutcome(marker, EventTypes.PAYMENT_AUTHORIZED_V1);
    log.awaitOutcome(order, EventTypes.PAYMENT_AUTHORIZED_V1);

    assertThat(log.outcomes(order)).hasSize(1);
    assertThat(payments.charges(order)).isEqualTo(1);
    assertThat(payments.payment(order).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void aSettledOrderRequestedAgainUnderANewEventId_isNotChargedAgain() {
    UUID order = UUID.randomUUID();
    publish.paymentRequested(order, "tok_ok");
    log.awaitOutcome(order, EventTypes.PAYMENT_AUTHORIZED_V1);

    String again = publish.paymentRequested(order, "tok_ok");

    await().atMost(WAIT).until(() -> payments.processed(again));
    assertThat(payments.charges(order)).isEqualTo(1);
    assertThat(log.outcomes(order)).hasSize(1);
  }

  @Test
  void anOrderCancelledBeforeItsPaymentIsRequested_isNeverCharged() {
    UUID order = UUID.randomUUID();
    publish.orderCancelled(order, null);
    String requested = publish.paymentRequested(order, "tok_ok");

    await().atMost(WAIT).until(() -> payments.processed(requested));

    assertThat(payments.payment(order)).hasValueSatisfying(p -> {
      assertThat(p.status()).isEqualTo("CANCELLED");
      assertThat(p.attempts()).isZero();
    });
    assertThat(payments.charges(order)).isZero();
    assertThat(log.outcomes(order)).isEmpty();
  }

  @Test
  void anOrderCancelledAfterItsPaymentWasAuthorized_staysAuthorized() {
    UUID order = UUID.randomUUID();
    publish.paymentRequested(order, "tok_ok");
    log.awaitOutcome(order, EventTypes.PAYMENT_AUTHORIZED_V1);

    String cancelled = publish.orderCancelled(order, null);

    await().atMost(WAIT).until(() -> payments.processed(cancelled));
    assertThat(payments.payment(order).orElseThrow().status()).isEqualTo("AUTHORIZED");
    assertThat(payments.charges(order)).isEqualTo(1);
  }

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsProcessed() {
    try (TestConsumer dlq = new TestConsumer(Topics.deadLetter("payments"))) {
      String key = UUID.randomUUID().toString();
      publish.send(EventTypes.PAYMENT_REQUESTED_V1, key, UUID.randomUUID().toString(), "{not json", 1);
      JsonObject noToken = new JsonObject().put("orderId", key).put("customerId", UUID.randomUUID().toString())
          .put("amount", EventPublisher.PRICE.toJson()).put("requestedAt", "2025-03-14T09:26:53Z");
      publish.send(EventTypes.PAYMENT_REQUESTED_V1, key, UUID.randomUUID().toString(), noToken.encode(), 1);
      UUID next = UUID.randomUUID();
      publish.paymentRequested(UUID.randomUUID().toString(), next, "tok_ok", 1);

      log.awaitOutcome(next, EventTypes.PAYMENT_AUTHORIZED_V1);
      await().atMost(WAIT).until(() -> dlq.records().stream().filter(r -> key.equals(r.key())).count() >= 2);
      assertThat(dlq.records()).filteredOn(r -> key.equals(r.key()))
          .extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match").contains("paymentToken"));
      assertThat(payments.charges(UUID.fromString(key))).isZero();
    }
  }

  @Test
  void paymentResults_providerCalls_andDuplicates_areCountedByOutcome() {
    UUID authorized = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    publish.paymentRequested(eventId, authorized, "tok_ok", 0);
    publish.paymentRequested(eventId, authorized, "tok_ok", 0);
    UUID declined = UUID.randomUUID();
    publish.paymentRequested(UUID.randomUUID().toString(), declined, "tok_decline", 0);
    log.awaitOutcome(authorized, EventTypes.PAYMENT_AUTHORIZED_V1);
    log.awaitOutcome(declined, EventTypes.PAYMENT_DECLINED_V1);

    await().atMost(WAIT).until(() -> value(payments.metrics(), "bazaar_events_skipped_total", "group", "payments",
        "type", EventTypes.PAYMENT_REQUESTED_V1) != null);
    String scrape = payments.metrics();
    for (String outcome : List.of("authorized", "declined")) {
      assertThat(value(scrape, "bazaar_payments_total", "service", "payments", "outcome", outcome)).as(outcome)
          .isGreaterThanOrEqualTo(1.0);
      assertThat(value(scrape, "bazaar_payment_provider_seconds_count", "service", "payments", "outcome", outcome))
          .as(outcome).isGreaterThanOrEqualTo(1.0);
      assertThat(value(scrape, "bazaar_payment_provider_seconds_bucket", "outcome", outcome, "le", "1.0"))
          .as(outcome).isNotNull();
    }
    assertThat(value(scrape, "bazaar_breaker_calls_total", "service", "payments", "breaker", "payment-provider",
        "outcome", "success")).isGreaterThanOrEqualTo(2.0);
    assertThat(value(scrape, "bazaar_event_processing_seconds_count", "group", "payments",
        "type", EventTypes.PAYMENT_REQUESTED_V1, "outcome", "duplicate")).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void healthAndMetricsAreServed_andTheBreakerIsReported() {
    assertThat(payments.get("/health/live").statusCode()).isEqualTo(200);
    await().atMost(WAIT).until(() -> payments.get("/health/ready").statusCode() == 200);
    assertThat(payments.get("/health/ready").bodyAsString()).contains("payment-provider");
    assertThat(payments.metrics()).contains("bazaar_breaker_state{breaker=\"payment-provider\"");
  }
}
