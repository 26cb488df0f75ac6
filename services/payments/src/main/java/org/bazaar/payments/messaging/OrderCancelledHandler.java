package org.bazaar.payments.messaging;

import io.vertx.core.Future;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.payments.PaymentStatus;
import org.bazaar.payments.persistence.PaymentRepository;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;

/**
 * Makes sure a cancelled order is never charged: a REQUESTED payment becomes CANCELLED, and an order with no
 * payment yet gets a CANCELLED tombstone that a late payment.requested finds. An AUTHORIZED payment is left
 * as it is: refunds are out of scope, so it is logged for a person to refund.
 */
public final class OrderCancelledHandler {

  private static final Logger LOG = LogManager.getLogger(OrderCancelledHandler.class);

  private final Inbox inbox;
  private final PaymentRepository payments;

  public OrderCancelledHandler(Inbox inbox, PaymentRepository payments) {
    this.inbox = inbox;
    this.payments = payments;
  }

  public Future<Void> handle(EventEnvelope event) {
    OrderCancelled cancelled = OrderCancelled.fromJson(event.data());
    return inbox.once(event, (tx, e) -> payments.lock(tx, cancelled.orderId()).compose(found -> {
      if (found.isEmpty()) {
        return payments.insertCancelled(tx, cancelled);
      }
      PaymentStatus status = found.get().status();
      if (status == PaymentStatus.REQUESTED) {
        return payments.updateStatus(tx, cancelled.orderId(), PaymentStatus.CANCELLED);
      }
      if (status == PaymentStatus.AUTHORIZED) {
        LOG.warn("order {} was cancelled ({}) after its payment {} was authorized; refunds are not automated: "
            + "refund it by hand", cancelled.orderId(), cancelled.reason(), found.get().providerChargeId());
      }
      return Future.succeededFuture();
    }));
  }
}
