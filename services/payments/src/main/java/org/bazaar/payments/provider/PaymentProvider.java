package org.bazaar.payments.provider;

import java.net.ConnectException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.circuitbreaker.TimeoutException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.bazaar.events.common.Money;
import org.bazaar.payments.ChargeResult;
import org.bazaar.payments.ProviderVerdict;

/**
 * Charges an order at the external payment provider through the circuit breaker. The breaker times out each
 * call and retries failures; the order id is the {@code Idempotency-Key}, so every retry and every redelivery
 * asks for the same single charge. A decline is an answer, not a failure: it is never retried.
 */
public final class PaymentProvider {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final WebClient client;
  private final String chargesUrl;
  private final CircuitBreaker breaker;
  private final long timeoutMillis;
  private final ProviderMetrics metrics;

  public PaymentProvider(WebClient client, String chargesUrl, CircuitBreaker breaker, Duration timeout,
      ProviderMetrics metrics) {
    this.client = client;
    this.chargesUrl = chargesUrl;
    this.breaker = breaker;
    this.timeoutMillis = timeout.toMillis();
    this.metrics = metrics;
  }

  /** Never fails: a provider that cannot be reached gives an {@code UNAVAILABLE} result. */
  public Future<ChargeResult> charge(UUID orderId, Money amount, String token) {
    AtomicInteger calls = new AtomicInteger();
    return breaker.<ChargeResult>execute(() -> {
          calls.incrementAndGet();
          return post(orderId, amount, token);
        })
        .recover(failure -> Future.succeededFuture(ChargeResult.unavailable(describe(failure))))
        .map(result -> result.withAttempts(calls.get()))
        .onSuccess(metrics::charged);
  }

  private Future<ChargeResult> post(UUID orderId, Money amount, String token) {
    JsonObject body = new JsonObject()
        .put("amount", amount.toJson())
        .put("token", token)
        .put("reference", orderId.toString());
    long started = System.nanoTime();
    return client.postAbs(chargesUrl)
        .putHeader(IDEMPOTENCY_KEY, orderId.toString())
        .connectTimeout(timeoutMillis)
        .idleTimeout(timeoutMillis)
        .sendJsonObject(body)
        .compose(PaymentProvider::read)
        .andThen(call -> metrics.called(started, call.succeeded() ? call.result().outcome()
            : ChargeResult.Outcome.UNAVAILABLE));
  }

  private static Future<ChargeResult> read(HttpResponse<Buffer> response) {
    int status = response.statusCode();
    JsonObject body = json(response);
    String code = body.getString("code", "");
    return switch (ProviderVerdict.of(status)) {
      case AUTHORIZED -> body.getString("id", "").isBlank()
          ? Future.failedFuture(new ProviderFailure("provider answered " + status + " without a charge id"))
          : Future.succeededFuture(ChargeResult.authorized(body.getString("id")));
      case DECLINED -> Future.succeededFuture(ChargeResult.declined("provider declined: " + code));
      case REJECTED -> Future.succeededFuture(
          ChargeResult.declined("provider rejected the request with " + status + " " + code));
      case RETRY -> Future.failedFuture(new ProviderFailure(("provider answered " + status + " " + code).trim()));
    };
  }

  private static JsonObject json(HttpResponse<Buffer> response) {
    try {
      JsonObject body = response.bodyAsJsonObject();
      return body == null ? new JsonObject() : body;
    } catch (RuntimeException e) {
      return new JsonObject();
    }
  }

  private String describe(Throwable failure) {
    if (failure instanceof OpenCircuitException) {
      return "circuit open: provider not called";
    }
    if (failure instanceof TimeoutException) {
      return "no answer within " + timeoutMillis + " ms";
    }
    if (failure instanceof ConnectException) {
      return "cannot connect to the provider: " + failure.getMessage();
    }
    return failure.getMessage() == null ? failure.toString() : failure.getMessage();
  }
}
