package org.bazaar.notifications.messaging;

import java.util.Optional;

import io.vertx.core.Future;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.notifications.MailTexts;
import org.bazaar.notifications.persistence.UserRepository;
import org.bazaar.platform.events.EventEnvelope;

/** Mails the customer why their order was cancelled; retried while the customer is unknown. */
public final class OrderCancelledHandler {

  private final Notifier notifier;
  private final UserRepository users;

  public OrderCancelledHandler(Notifier notifier, UserRepository users) {
    this.notifier = notifier;
    this.users = users;
  }

  public Future<Void> handle(EventEnvelope event) {
    OrderCancelled order = Payloads.read(event, OrderCancelled::fromJson);
    return notifier.notify(event, tx -> users.require(tx, order.customerId())
        .map(customer -> Optional.of(MailTexts.orderCancelled(customer,
            Payloads.summary(order.orderId(), order.lines(), order.total()), order.reason()))));
  }
}
