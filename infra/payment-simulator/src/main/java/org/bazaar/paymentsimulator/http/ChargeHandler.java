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
import org.bazaar.paymentsimulator.AttemptLog;
import org.bazaar.paymentsimulator.Charge;
import org.bazaar.paymentsimulator.ChargeAttempt;
import org.bazaar.paymentsimulator.ChargeLedger;
import org.bazaar.paymentsimulator.ChargeRequest;
import org.bazaar.paymentsimulator.Claim;
import org.bazaar.paymentsimulator.FaultMode;
import org.bazaar.paymentsimulator.FaultSwitch;
import org.bazaar.paymentsimulator.TestToken;
import org.bazaar.paymentsimulator.config.SimulatorConfig;

/**
 * Answers {@code POST /charges}: validates, applies the fault mode in force, claims the idempotency key, then
 * answers as the test token says, and logs every attempt with its answer.
 */
final class ChargeHandler {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  static final int MAX_KEY_LENGTH = 255;
  private static final Logger LOG = LogManager.getLogger(ChargeHandler.class);

  private final Vertx vertx;
  private final ChargeLedger ledger;
  private final SimulatorConfig config;
  private final FaultSwitch faults;
  private final AttemptLog attempts;
  private final Set<Long> slowTimers = ConcurrentHashMap.newKeySet();

  ChargeHandler(Vertx vertx, ChargeLedger ledger, SimulatorConfig config, FaultSwitch faults, AttemptLog attempts) {
    this.vertx = vertx;
    this.ledger = ledger;
    this.config = config;
    this.faults = faults;
    this.attempts = attempts;
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
    Attempt attempt = new Attempt(ctx, key, request, faults.mode(), Instant.now());
    switch (attempt.mode.kind()) {
      case HEALTHY -> claim(attempt);
      case SLOW -> later(attempt.mode.delayMs(), () -> claim(attempt));
      case FAILING -> {
        if (FaultSwitch.fails(attempt.mode)) {
          fail(attempt);
        } else {
          claim(attempt);
        }
      }
    }
  }

  private void claim(Attempt attempt) {
    RoutingContext ctx = attempt.ctx;
    Claim claim = ledger.claim(attempt.key, attempt.request);
    switch (claim.kind()) {
      case REPLAY -> {
        attempt.record(claim.answer(), false, true);
        answer(ctx, claim.answer(), true);
      }
      case IN_USE -> {
        attempt.record(409, "idempotency_key_in_use");
        ctx.response().putHeader("Retry-After", "1");
        Problem.send(ctx, 409, "idempotency_key_in_use", "Conflict",
            "Another request with this Idempotency-Key is still being processed; retry later.");
      }
      case MISMATCH -> {
        attempt.record(422, "idempotency_key_reused");
        Problem.send(ctx, 422, "idempotency_key_reused", "Unprocessable request",
            "This Idempotency-Key was first used with a different request.");
      }
      case OWNED -> charge(attempt, claim.attempt());
    }
  }

  /** A failing provider charges nothing and leaves the key as it was: the next attempt is a real one. */
  private void fail(Attempt attempt) {
    RoutingContext ctx = attempt.ctx;
    switch (attempt.mode.failWith()) {
      case UNAVAILABLE -> {
        attempt.record(503, Answer.TEMPORARILY_UNAVAILABLE);
        answer(ctx, Answer.unavailable(), false);
      }
      case RESET -> {
        attempt.record(0, ChargeAttempt.CONNECTION_RESET);
        ctx.request().connection().close();
      }
      case HANG -> attempt.record(0, ChargeAttempt.NO_ANSWER);
    }
  }

  /**
   * Cancels pending slow answers: like a provider crash before it committed them, they charge nothing and are
   * not logged.
   */
  void close() {
    slowTimers.forEach(vertx::cancelTimer);
    slowTimers.clear();
  }

  private void charge(Attempt attempt, int number) {
    TestToken token = TestToken.of(attempt.request.token());
    if (!token.delayed() || config.slowDelay().isZero()) {
      settle(attempt, token, number);
    } else {
      later(config.slowDelay().toMillis(), () -> settle(attempt, token, number));
    }
  }

  private void later(long delayMs, Runnable action) {
    if (delayMs == 0) {
      action.run();
      return;
    }
    long[] timer = new long[1];
    timer[0] = vertx.setTimer(delayMs, fired -> {
      slowTimers.remove(timer[0]);
      action.run();
    });
    slowTimers.add(timer[0]);
  }

  private void settle(Attempt attempt, TestToken token, int number) {
    ChargeRequest request = attempt.request;
    Answer answer = token.answer(number, config.flakyFailures(), () -> Charge.of(request, Instant.now()));
    ledger.settle(attempt.key, answer);
    attempt.record(answer, answer.charge() != null, false);
    LOG.info("charge {} token {} attempt {} -> {}{}", request.reference(), token, number, answer.status(),
        answer.charge() == null ? "" : " " + answer.charge().id());
    answer(attempt.ctx, answer, false);
  }

  /** One charge request on its way through the handler, written to the attempt log once it is answered. */
  private final class Attempt {
    private final RoutingContext ctx;
    private final String key;
    private final ChargeRequest request;
    private final FaultMode mode;
    private final Instant receivedAt;

    private Attempt(RoutingContext ctx, String key, ChargeRequest request, FaultMode mode, Instant receivedAt) {
      this.ctx = ctx;
      this.key = key;
      this.request = request;
      this.mode = mode;
      this.receivedAt = receivedAt;
    }

    void record(Answer answer, boolean charged, boolean replayed) {
      String code = answer.status() == 201 ? ChargeAttempt.AUTHORIZED : answer.code();
      log(answer.status(), code, answer.charge() == null ? null : answer.charge().id(), charged, replayed);
    }

    void record(int status, String code) {
      log(status, code, null, false, false);
    }

    private void log(int status, String code, String chargeId, boolean charged, boolean replayed) {
      attempts.record(new ChargeAttempt(key, request.reference(), request.token(), mode.kind().wire(), status, code,
          chargeId, charged, replayed, receivedAt, Instant.now()));
    }
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
