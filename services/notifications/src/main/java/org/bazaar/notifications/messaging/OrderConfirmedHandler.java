package org.bazaar.notifications.messaging;

import java.util.Optional;

import io.vertx.core.Future;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.notifications.MailTexts;
import org.bazaar.notifications.persistence.UserRepository;
import org.bazaar.platform.events.EventEnvelope;

/** Mails the customer a confirmation listing the lines and the total; retried while the customer is unknown. */
public final class OrderConfirmedHandler {

  private final Notifier notifier;
  private final UserRepository users;

  public OrderConfirmedHandler(Notifier notifier, UserRepository users) {
    this.notifier = notifier;
    this.users = users;
  }

  public Future<Void> handle(EventEnvelope event) {
    OrderConfirmed order = Payloads.read(event, OrderConfirmed::fromJson);
    return notifier.notify(event, tx -> users.require(tx, order.customerId())
        .map(customer -> Optional.of(MailTexts.orderConfirmed(customer,
            Payloads.summary(order.orderId(), order.lines(), order.total())))));
  }
}
