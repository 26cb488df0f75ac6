package org.bazaar.payments.messaging;

import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.events.payment.PaymentRequested;
import org.bazaar.payments.ChargeResult;
import org.bazaar.payments.Payment;
import org.bazaar.payments.PaymentStatus;
import org.bazaar.payments.Settlement;
import org.bazaar.payments.persistence.PaymentRepository;
import org.bazaar.payments.provider.PaymentProvider;
import org.bazaar.platform.db.Transactions;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.PermanentFailure;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.outbox.Outbox;

/**
 * Charges an order in three steps: (1) record the payment as REQUESTED in a transaction, or stop if it is
 * already settled or cancelled; (2) call the provider outside any transaction; (3) in a second transaction,
 * record the outcome, publish it through the outbox and mark the event processed. A crash between (2) and (3)
 * makes the redelivery call the provider again with the same idempotency key, so no order is charged twice.
 */
public final class PaymentRequestedHandler {

  private static final Logger LOG = LogManager.getLogger(PaymentRequestedHandler.class);

  private final Pool pool;
  private final Inbox inbox;
  private final PaymentRepository payments;
  private final PaymentProvider provider;
  private final PaymentEvents events;

  public PaymentRequestedHandler(Pool pool, Inbox inbox, PaymentRepository payments, PaymentProvider provider,
      Outbox outbox) {
    this.pool = pool;
    this.inbox = inbox;
    this.payments = payments;
    this.provider = provider;
    this.events = new PaymentEvents(outbox);
  }

  public Future<Void> handle(EventEnvelope event) {
    PaymentRequested request = PaymentRequested.fromJson(event.data());
    return inbox.seen(event).compose(seen -> seen ? Future.succeededFuture() : begin(event, request)
        .compose(due -> due.isEmpty() ? Future.<Void>succeededFuture() : charge(event, due.get())));
  }

  /** Step 1: the payment to charge, or empty if it is settled or cancelled (then the event is done). */
  private Future<Optional<Payment>> begin(EventEnvelope event, PaymentRequested request) {
    return Transactions.run(pool, tx -> payments.insertRequested(tx, request)
        .compose(v -> payments.lock(tx, request.orderId()))
        .compose(found -> {
          Payment payment = found.orElseThrow(() -> new PermanentFailure("payment " + request.orderId() + " vanished"));
          if (payment.status() == PaymentStatus.REQUESTED) {
            return Future.succeededFuture(Optional.of(payment));
          }
          LOG.info("payment {} is already {}; the provider is not called again", payment.orderId(), payment.status());
          return inbox.record(tx, event).map(recorded -> Optional.<Payment>empty());
        }));
  }

  /** Steps 2 and 3: call the provider with no transaction open, then record what it said. */
  private Future<Void> charge(EventEnvelope event, Payment payment) {
    return provider.charge(payment.orderId(), payment.amount(), payment.token())
        .compose(result -> Transactions.run(pool, tx -> payments.lock(tx, payment.orderId())
            .compose(found -> settle(tx, event, found.orElseThrow(() -> vanished(payment)), result))));
  }

  private static PermanentFailure vanished(Payment payment) {
    return new PermanentFailure("payment " + payment.orderId() + " vanished while it was being charged");
  }

  private Future<Void> settle(SqlConnection tx, EventEnvelope event, Payment current, ChargeResult result) {
    Settlement settlement = Settlement.decide(current.status(), result);
    if (settlement.chargedAfterCancellation()) {
      LOG.warn("order {} was cancelled while its charge was in flight and the provider charged it ({}); "
          + "refunds are not automated: refund it by hand", current.orderId(), result.chargeId());
    }
    String lastError = result.authorized() ? null : result.detail();
    LOG.info("payment {} {} after {} call(s){}", current.orderId(), settlement.status(), result.attempts(),
        lastError == null ? "" : ": " + lastError);
    return payments.settle(tx, current.orderId(), settlement.status(), result.chargeId(), result.attempts(),
            lastError)
        .compose(v -> switch (settlement.publication()) {
          case AUTHORIZED -> events.authorized(tx, current, result, event.traceparent());
          case DECLINED -> events.declined(tx, current, result, event.traceparent());
          case NONE -> Future.<Void>succeededFuture();
        })
        .compose(v -> inbox.record(tx, event))
        .mapEmpty();
  }
}
