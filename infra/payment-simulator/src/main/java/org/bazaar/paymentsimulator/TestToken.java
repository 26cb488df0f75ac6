package org.bazaar.paymentsimulator;

import java.util.Arrays;
import java.util.function.Supplier;

/** The test tokens the simulator understands, and how each one answers the n-th attempt of an idempotency key. */
public enum TestToken {
  OK("tok_ok"),
  DECLINE("tok_decline"),
  SLOW("tok_slow"),
  FLAKY("tok_flaky"),
  UNKNOWN("");

  private final String value;

  TestToken(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** The token's behaviour; any token the simulator does not know is {@link #UNKNOWN}. */
  public static TestToken of(String token) {
    return Arrays.stream(values()).filter(t -> t != UNKNOWN && t.value.equals(token)).findFirst().orElse(UNKNOWN);
  }

  /** Whether the answer comes only after the configured slow delay. */
  public boolean delayed() {
    return this == SLOW;
  }

  /**
   * The answer to attempt number {@code attempt} (1-based) of one idempotency key. {@link #SLOW} answers like
   * {@link #OK}; the caller adds the delay. {@code charge} is called only when a charge is made.
   */
  public Answer answer(int attempt, int flakyFailures, Supplier<Charge> charge) {
    return switch (this) {
      case OK, SLOW -> Answer.authorized(charge.get());
      case DECLINE -> Answer.declined(Answer.CARD_DECLINED);
      case UNKNOWN -> Answer.declined(Answer.INVALID_TOKEN);
      case FLAKY -> attempt <= flakyFailures ? Answer.unavailable() : Answer.authorized(charge.get());
    };
  }
}
