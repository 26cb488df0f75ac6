package org.bazaar.paymentsimulator;

/** The result of presenting an idempotency key to the {@link ChargeLedger}. */
public record Claim(Kind kind, int attempt, Answer answer) {

  /** What the request may do. */
  public enum Kind {
    /** The request owns the key for this attempt and must settle it. */
    OWNED,
    /** The key already has a final answer: send it again, charge nothing. */
    REPLAY,
    /** Another request with this key is still being answered. */
    IN_USE,
    /** The key was first used with a different request body. */
    MISMATCH
  }

  static Claim owned(int attempt) {
    return new Claim(Kind.OWNED, attempt, null);
  }

  static Claim replay(Answer answer) {
    return new Claim(Kind.REPLAY, 0, answer);
  }

  static Claim inUse() {
    return new Claim(Kind.IN_USE, 0, null);
  }

  static Claim mismatch() {
    return new Claim(Kind.MISMATCH, 0, null);
  }
}
