package org.bazaar.paymentsimulator.http;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.RoutingContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.paymentsimulator.Answer;
import org.bazaar.paymentsimulator.Charge;
import org.bazaar.paymentsimulator.ChargeLedger;
import org.bazaar.paymentsimulator.ChargeRequest;
import org.bazaar.paymentsimulator.Claim;
import org.bazaar.paymentsimulator.TestToken;
import org.bazaar.paymentsimulator.config.SimulatorConfig;

/** Answers {@code POST /charges}: validates, claims the idempotency key, then answers as the test token says. */
final class ChargeHandler {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  static final int MAX_KEY_LENGTH = 255;
  private static final Logger LOG = LogManager.getLogger(ChargeHandler.class);

  private final Vertx vertx;
  private final ChargeLedger ledger;
  private final SimulatorConfig config;
  private final Set<Long> slowTimers = ConcurrentHashMap.newKeySet();

  ChargeHandler(Vertx vertx, ChargeLedger ledger, SimulatorConfig config) {
    this.vertx = vertx;
    this.ledger = ledger;
    this.config = config;
  }

  void handle(RoutingContext ctx) {
    String key = ctx.request().getHeader(IDEMPOTENCY_KEY);
    JsonArray errors = new JsonArray();
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      errors.add(Problem.fieldError(IDEMPOTENCY_KEY, "header of 1 to " + MAX_KEY_LENGTH + " characters is required"));
    }
    ChargeRequest request = ChargeJson.parse(ctx.body().buffer(), errors);
    if (!errors.isEmpty()) {
      Problem.send(ctx, 400, "invalid_request", "Invalid request", "The charge request is invalid.", errors);
      return;
    }
    Claim claim = ledger.claim(key, request);
    switch (claim.kind()) {
      case REPLAY -> answer(ctx, claim.answer(), true);
      case IN_USE -> {
        ctx.response().putHeader("Retry-After", "1");
        Problem.send(ctx, 409, "idempotency_key_in_use", "Conflict",
            "Another request with this Idempotency-Key is still being processed; retry later.");
      }
      case MISMATCH -> Problem.send(ctx, 422, "idempotency_key_reused", "Unprocessable request",
          "This Idempotency-Key was first used with a different request.");
      case OWNED -> charge(ctx, key, request, claim.attempt());
    }
  }

  /** Cancels pending slow answers: like a provider crash before it committed them, they charge nothing. */
  void close() {
    slowTimers.forEach(vertx::cancelTimer);
    slowTimers.clear();
  }

  private void charge(RoutingContext ctx, String key, ChargeRequest request, int attempt) {
    TestToken token = TestToken.of(request.token());
    if (!token.delayed() || config.slowDelay().isZero()) {
      settle(ctx, key, request, token, attempt);
      return;
    }
    long[] timer = new long[1];
    timer[0] = vertx.setTimer(config.slowDelay().toMillis(), fired -> {
      slowTimers.remove(timer[0]);
      settle(ctx, key, request, token, attempt);
    });
    slowTimers.add(timer[0]);
  }

  private void settle(RoutingContext ctx, String key, ChargeRequest request, TestToken token, int attempt) {
    Answer answer = token.answer(attempt, config.flakyFailures(), () -> Charge.of(request, Instant.now()));
    ledger.settle(key, answer);
    LOG.info("charge {} token {} attempt {} -> {}{}", request.reference(), token, attempt, answer.status(),
        answer.charge() == null ? "" : " " + answer.charge().id());
    answer(ctx, answer, false);
  }

  private static void answer(RoutingContext ctx, Answer answer, boolean replayed) {
    if (!answer.isFinal()) {
      ctx.response().putHeader("Retry-After", "1");
      Problem.send(ctx, 503, Answer.TEMPORARILY_UNAVAILABLE, "Service unavailable",
          "The provider is temporarily unavailable; retry with the same Idempotency-Key.");
      return;
    }
    if (ctx.response().closed() || ctx.response().ended()) {
      return;
    }
    ctx.response().setStatusCode(answer.status())
        .putHeader("Content-Type", "application/json")
        .putHeader(REPLAYED, Boolean.toString(replayed))
        .end(ChargeJson.answer(answer).encode());
  }
}
