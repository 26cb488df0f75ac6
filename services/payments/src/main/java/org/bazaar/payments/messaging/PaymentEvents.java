package org.bazaar.payments.messaging;

import java.time.Instant;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.bazaar.events.payment.PaymentAuthorized;
import org.bazaar.events.payment.PaymentDeclined;
import org.bazaar.payments.ChargeResult;
import org.bazaar.payments.Payment;
import org.bazaar.platform.outbox.Outbox;

/** Builds payment.authorized and payment.declined from a settled payment and appends them to the outbox. */
final class PaymentEvents {

  static final int MAX_DETAIL = 500;

  private final Outbox outbox;

  PaymentEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  Future<Void> authorized(SqlConnection tx, Payment payment, ChargeResult result, String traceparent) {
    PaymentAuthorized event = new PaymentAuthorized(payment.orderId(), result.chargeId(), payment.amount(),
        attempts(payment, result), Instant.now());
    return outbox.append(tx, event.type(), event.key(), event.toJson(), traceparent).mapEmpty();
  }

  Future<Void> declined(SqlConnection tx, Payment payment, ChargeResult result, String traceparent) {
    PaymentDeclined event = new PaymentDeclined(payment.orderId(), result.declineReason(), detail(result.detail()),
        attempts(payment, result), Instant.now());
    return outbox.append(tx, event.type(), event.key(), event.toJson(), traceparent).mapEmpty();
  }

  /**
   * Calls to the provider for this order so far, this round included. The schema needs at least 1: a round
   * refused by an open circuit made no call, and is counted as one attempt.
   */
  static int attempts(Payment before, ChargeResult result) {
    return Math.max(1, before.attempts() + result.attempts());
  }

  static String detail(String detail) {
    return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
  }
}
