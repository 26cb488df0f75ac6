package org.bazaar.payments;

import java.util.Objects;

import org.bazaar.events.payment.DeclineReason;

/**
 * How one round of calls to the provider ended: authorized with a charge id, declined by the provider, or
 * unavailable (retries exhausted, timeout, circuit open), with how many calls it took.
 */
public record ChargeResult(Outcome outcome, String chargeId, String detail, int attempts) {

  /** The three ways a round of calls ends. */
  public enum Outcome {
    AUTHORIZED,
    DECLINED,
    UNAVAILABLE
  }

  public ChargeResult {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome == Outcome.AUTHORIZED && (chargeId == null || chargeId.isBlank())) {
      throw new IllegalArgumentException("an authorized charge needs the provider's charge id");
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }

  public static ChargeResult authorized(String chargeId) {
    return new ChargeResult(Outcome.AUTHORIZED, chargeId, null, 0);
  }

  public static ChargeResult declined(String detail) {
    return new ChargeResult(Outcome.DECLINED, null, detail, 0);
  }

  public static ChargeResult unavailable(String detail) {
    return new ChargeResult(Outcome.UNAVAILABLE, null, detail, 0);
  }

  /** The same result, counting {@code calls} calls to the provider. */
  public ChargeResult withAttempts(int calls) {
    return new ChargeResult(outcome, chargeId, detail, calls);
  }

  public boolean authorized() {
    return outcome == Outcome.AUTHORIZED;
  }

  public PaymentStatus status() {
    return switch (outcome) {
      case AUTHORIZED -> PaymentStatus.AUTHORIZED;
      case DECLINED -> PaymentStatus.DECLINED;
      case UNAVAILABLE -> PaymentStatus.UNAVAILABLE;
    };
  }

  /** The reason published in payment.declined; only for results that are not authorized. */
  public DeclineReason declineReason() {
    return switch (outcome) {
      case DECLINED -> DeclineReason.DECLINED;
      case UNAVAILABLE -> DeclineReason.PROVIDER_UNAVAILABLE;
      case AUTHORIZED -> throw new IllegalStateException("an authorized charge has no decline reason");
    };
  }
}
