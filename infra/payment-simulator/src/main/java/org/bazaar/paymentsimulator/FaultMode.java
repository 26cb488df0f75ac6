package org.bazaar.paymentsimulator;

import java.time.Duration;
import java.util.Locale;

import io.vertx.core.json.JsonObject;

/**
 * How the simulator misbehaves, set at run time over {@code PUT /admin/mode}: {@link Kind#HEALTHY} answers as the
 * token says; {@link Kind#SLOW} handles every charge only after {@code delayMs}; {@link Kind#FAILING} makes a
 * share ({@code failureRate}, 0..1) of charges fail the way {@code failWith} says, charging nothing.
 */
public record FaultMode(Kind kind, long delayMs, double failureRate, FailWith failWith) {

  /** Longest delay a slow mode may set: ten minutes. */
  public static final long MAX_DELAY_MS = 600_000;

  /** The three modes; on the wire in lower case. */
  public enum Kind {
    HEALTHY, SLOW, FAILING;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How a failing charge fails: 503 problem+json, a closed connection, or no answer at all. */
  public enum FailWith {
    UNAVAILABLE("503"), RESET("reset"), HANG("hang");

    private final String wire;

    FailWith(String wire) {
      this.wire = wire;
    }

    public String wire() {
      return wire;
    }

    static FailWith of(String wire) {
      for (FailWith value : values()) {
        if (value.wire.equals(wire)) {
          return value;
        }
      }
      throw new Invalid("failWith", "must be one of 503, reset, hang");
    }
  }

  /** A field of a requested mode that is not valid. */
  public static final class Invalid extends IllegalArgumentException {
    private final String field;
    private final String reason;

    Invalid(String field, String reason) {
      super(field + " " + reason);
      this.field = field;
      this.reason = reason;
    }

    public String field() {
      return field;
    }

    public String reason() {
      return reason;
    }
  }

  public FaultMode {
    if (kind == null || failWith == null) {
      throw new Invalid(kind == null ? "mode" : "failWith", "is required");
    }
    if (delayMs < 0 || delayMs > MAX_DELAY_MS) {
      throw new Invalid("delayMs", "must be between 0 and " + MAX_DELAY_MS);
    }
    if (!(failureRate >= 0 && failureRate <= 1)) {
      throw new Invalid("failureRate", "must be between 0 and 1");
    }
  }

  public static FaultMode healthy() {
    return new FaultMode(Kind.HEALTHY, 0, 0, FailWith.UNAVAILABLE);
  }

  /** Every charge is handled only after {@code delay}. */
  public static FaultMode slow(Duration delay) {
    return new FaultMode(Kind.SLOW, delay.toMillis(), 0, FailWith.UNAVAILABLE);
  }

  /** Every charge gets 503. */
  public static FaultMode failing() {
    return failing(1, FailWith.UNAVAILABLE);
  }

  /** A share {@code rate} (0..1) of charges fails as {@code how} says; the rest are answered as the token says. */
  public static FaultMode failing(double rate, FailWith how) {
    return new FaultMode(Kind.FAILING, 0, rate, how);
  }

  /**
   * Reads {@code {"mode": "healthy"|"slow"|"failing", "delayMs": n, "failureRate": r,
   * "failWith": "503"|"reset"|"hang"}}: {@code delayMs} is required for slow, {@code failureRate} defaults to 1 and {@code failWith} to 503; fields
   * that do not belong to the mode are ignored. Throws {@link Invalid} naming the first bad field.
   */
  public static FaultMode fromJson(JsonObject json) {
    Kind kind = kind(json.getValue("mode"));
    return switch (kind) {
      case HEALTHY -> healthy();
      case SLOW -> {
        if (!(json.getValue("delayMs") instanceof Integer || json.getValue("delayMs") instanceof Long)) {
          throw new Invalid("delayMs", "must be a whole number of milliseconds");
        }
        yield new FaultMode(Kind.SLOW, json.getLong("delayMs"), 0, FailWith.UNAVAILABLE);
      }
      case FAILING -> {
        Object rate = json.getValue("failureRate", 1);
        if (!(rate instanceof Number)) {
          throw new Invalid("failureRate", "must be a number between 0 and 1");
        }
        Object how = json.getValue("failWith", FailWith.UNAVAILABLE.wire());
        yield new FaultMode(Kind.FAILING, 0, ((Number) rate).doubleValue(),
            FailWith.of(how instanceof String text ? text : String.valueOf(how)));
      }
    };
  }

  public JsonObject toJson() {
    return new JsonObject().put("mode", kind.wire()).put("delayMs", delayMs).put("failureRate", failureRate)
        .put("failWith", failWith.wire());
  }

  private static Kind kind(Object value) {
    for (Kind kind : Kind.values()) {
      if (kind.wire().equals(value)) {
        return kind;
      }
    }
    throw new Invalid("mode", "must be one of healthy, slow, failing");
  }
}
