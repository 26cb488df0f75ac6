package org.bazaar.inventory.http;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import org.bazaar.platform.http.FieldError;
import org.bazaar.platform.http.HttpProblem;

/** The body of {@code POST /inventory/{sku}/adjustments}: a non-zero whole {@code delta} and a {@code reason}. */
public record AdjustmentRequest(int delta, String reason) {

  public static final int MAX_REASON = 200;

  /** Reads and validates a request body; unknown fields are ignored, every invalid field is reported. */
  public static AdjustmentRequest parse(Buffer body) {
    JsonObject json = object(body);
    List<FieldError> errors = new ArrayList<>();
    Integer delta = delta(json.getValue("delta"), errors);
    String reason = reason(json.getValue("reason"), errors);
    if (!errors.isEmpty()) {
      throw HttpProblem.badRequest("The adjustment is invalid.", errors);
    }
    return new AdjustmentRequest(delta, reason);
  }

  private static JsonObject object(Buffer body) {
    try {
      if (body != null && body.length() > 0 && body.toJsonValue() instanceof JsonObject json) {
        return json;
      }
    } catch (DecodeException e) {
      // reported below like any other body that is not a JSON object
    }
    throw HttpProblem.badRequest("The body must be a JSON object.",
        List.of(new FieldError("body", "must be a JSON object")));
  }

  // The JSON reader gives Integer for whole numbers in int range, Long or BigInteger beyond it.
  private static Integer delta(Object value, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError("delta", "is required"));
    } else if (value instanceof Long || value instanceof BigInteger) {
      errors.add(new FieldError("delta", "must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE));
    } else if (!(value instanceof Integer delta)) {
      errors.add(new FieldError("delta", "must be a whole number"));
    } else if (delta == 0) {
      errors.add(new FieldError("delta", "must not be zero"));
    } else {
      return delta;
    }
    return null;
  }

  private static String reason(Object value, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError("reason", "is required"));
    } else if (!(value instanceof String text)) {
      errors.add(new FieldError("reason", "must be a string"));
    } else if (text.isBlank()) {
      errors.add(new FieldError("reason", "must not be blank"));
    } else if (text.indexOf('\u0000') >= 0) {
      // Postgres text cannot hold NUL: the insert would fail
      errors.add(new FieldError("reason", "must not contain NUL characters"));
    } else if (text.strip().length() > MAX_REASON) {
      errors.add(new FieldError("reason", "must be at most " + MAX_REASON + " characters"));
    } else {
      return text.strip();
    }
    return null;
  }
}
