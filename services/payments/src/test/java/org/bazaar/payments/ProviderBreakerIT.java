package org.bazaar.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.platform.testing.TestMetrics.value;
import static org.bazaar.platform.testing.TestMetrics.valueOrZero;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventTypes;
import org.bazaar.payments.support.EventPublisher;
import org.bazaar.payments.support.PaymentEventLog;
import org.bazaar.payments.support.PaymentsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider's circuit breaker: it opens after repeated failures, answers fast while open, and recovers. */
class ProviderBreakerIT {

  private static final String STATE = "bazaar_breaker_state{breaker=\"payment-provider\",service=\"payments\"} ";

  private PaymentsService payments;
  private EventPublisher publish;
  private PaymentEventLog log;

  @BeforeEach
  void start() {
    payments = PaymentsService.start(Map.of(
        "BAZAAR_BREAKER_PROVIDER_MAX_FAILURES", "3",
        "BAZAAR_BREAKER_PROVIDER_RESET_TIMEOUT", "3s",
        "BAZAAR_BREAKER_PROVIDER_MAX_RETRIES", "1",
        "BAZAAR_BREAKER_PROVIDER_RETRY_BACKOFF", "50ms"));
    publish = new EventPublisher();
    log = new PaymentEventLog();
  }

  @AfterEach
  void stop() {
    log.close();
    publish.close();
    payments.close();
  }

  @Test
  void theBreakerOpensAfterRepeatedFailures_answersFastWhileOpen_andClosesWhenTheProviderIsBack() {
    payments.stopSimulator();
    // five payments in a row on one partition: three failures open the breaker, the last two meet it open
    List<UUID> orders = IntStream.range(0, 5).mapToObj(i -> UUID.randomUUID()).toList();
    orders.forEach(order -> publish.paymentRequested(UUID.randomUUID().toString(), order, "tok_ok", 2));

    List<JsonObject> declined = orders.stream()
        .map(order -> log.awaitOutcome(order, EventTypes.PAYMENT_DECLINED_V1)).toList();

    assertThat(declined).allSatisfy(d -> assertThat(d.getString("reason")).isEqualTo("PROVIDER_UNAVAILABLE"));
    assertThat(declined.subList(0, 3)).allSatisfy(d -> assertThat(d.getInteger("attempts")).isEqualTo(2));
    for (UUID open : orders.subList(3, 5)) {
      PaymentsService.Stored stored = payments.payment(open).orElseThrow();
      assertThat(stored.attempts()).as("calls made while open").isZero();
      assertThat(stored.lastError()).contains("circuit open");
      assertThat(stored.millis()).as("time spent on the provider while open").isLessThan(500);
    }
    assertThat(payments.metrics()).containsPattern("bazaar_breaker_opened_total\\{[^}]*\\} [1-9]");
    String scrape = payments.metrics();
    String[] breaker = {"service", "payments", "breaker", "payment-provider"};
    assertThat(value(scrape, "bazaar_payments_total", "service", "payments", "outcome", "unavailable"))
        .isGreaterThanOrEqualTo(5.0);
    assertThat(value(scrape, "bazaar_payment_provider_seconds_count", "service", "payments", "outcome", "unavailable"))
        .as("two calls for each of the first three").isGreaterThanOrEqualTo(6.0);
    assertThat(valueOrZero(scrape, "bazaar_breaker_calls_total", with(breaker, "outcome", "failure"))
        + valueOrZero(scrape, "bazaar_breaker_calls_total", with(breaker, "outcome", "timeout")))
        .isGreaterThanOrEqualTo(3.0);
    assertThat(value(scrape, "bazaar_breaker_calls_total", with(breaker, "outcome", "rejected")))
        .isGreaterThanOrEqualTo(2.0);

    payments.restartSimulator();
    await().atMost(Duration.ofSeconds(30)).until(() -> payments.metrics().contains(STATE + "1.0"));
    UUID recovered = UUID.randomUUID();
    publish.paymentRequested(recovered, "tok_ok");

    assertThat(log.awaitOutcome(recovered, EventTypes.PAYMENT_AUTHORIZED_V1).getInteger("attempts")).isEqualTo(1);
    await().atMost(Duration.ofSeconds(30)).until(() -> payments.metrics().contains(STATE + "0.0"));
    assertThat(payments.charges(recovered)).isEqualTo(1);
  }

  private static String[] with(String[] tags, String name, String value) {
    String[] all = java.util.Arrays.copyOf(tags, tags.length + 2);
    all[tags.length] = name;
    all[tags.length + 1] = value;
    return all;
  }
}
