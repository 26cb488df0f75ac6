package org.bazaar.paymentsimulator.http;

import java.util.regex.Pattern;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.paymentsimulator.Answer;
import org.bazaar.paymentsimulator.Charge;
import org.bazaar.paymentsimulator.ChargeRequest;

/** Reads charge requests and writes charges and answers in the provider's JSON shapes. */
final class ChargeJson {

  private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
  static final int MAX_TEXT = 200;

  private ChargeJson() {
  }

  /** The request, or null after adding one entry per invalid field to {@code errors}. */
  static ChargeRequest parse(Buffer body, JsonArray errors) {
    JsonObject json;
    try {
      json = body == null || body.length() == 0 ? null : new JsonObject(body);
    } catch (DecodeException | ClassCastException e) {
      json = null;
    }
    if (json == null) {
      errors.add(Problem.fieldError("body", "must be a JSON object"));
      return null;
    }
    long minor = 0;
    String currency = null;
    if (!(json.getValue("amount") instanceof JsonObject money)) {
      errors.add(Problem.fieldError("amount", "must be an object {amount, currency}"));
    } else {
      Object units = money.getValue("amount");
      if (!(units instanceof Integer || units instanceof Long)) {
        errors.add(Problem.fieldError("amount.amount", "must be a whole number of minor units"));
      } else if (((Number) units).longValue() < 0) {
        errors.add(Problem.fieldError("amount.amount", "must not be negative"));
      } else {
        minor = ((Number) units).longValue();
      }
      if (money.getValue("currency") instanceof String code && CURRENCY.matcher(code).matches()) {
        currency = code;
      } else {
        errors.add(Problem.fieldError("amount.currency", "must be an ISO 4217 code like EUR"));
      }
    }
    String token = text(json, "token", errors);
    String reference = text(json, "reference", errors);
    if (!errors.isEmpty()) {
      return null;
    }
    return new ChargeRequest(minor, currency, token, reference);
  }

  private static String text(JsonObject json, String field, JsonArray errors) {
    Object value = json.getValue(field);
    if (!(value instanceof String text) || text.isEmpty() || text.length() > MAX_TEXT) {
      errors.add(Problem.fieldError(field, "must be a string of 1 to " + MAX_TEXT + " characters"));
      return null;
    }
    return text;
  }

  static JsonObject charge(Charge charge) {
    return new JsonObject()
        .put("id", charge.id())
        .put("status", "authorized")
        .put("amount", new JsonObject().put("amount", charge.amount()).put("currency", charge.currency()))
        .put("reference", charge.reference())
        .put("createdAt", charge.createdAt().toString());
  }

  /** The body of a final answer: the charge (201) or the decline (402). */
  static JsonObject answer(Answer answer) {
    return answer.charge() != null
        ? charge(answer.charge())
        : new JsonObject().put("status", "declined").put("code", answer.code());
  }
}
