package org.bazaar.orders.messaging;

import java.time.Instant;
import java.util.List;

import org.bazaar.events.EventPayload;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.order.OrderPlaced;
import org.bazaar.events.payment.PaymentRequested;
import org.bazaar.orders.Order;
import org.bazaar.orders.SagaEffect;
import org.bazaar.orders.SagaState;

/** Builds the payloads orders publishes from an order and what the saga decided. */
public final class OrderEvents {

  private OrderEvents() {
  }

  public static OrderPlaced placed(Order order) {
    return new OrderPlaced(order.id(), order.customerId(), lines(order), total(order), order.createdAt(),
        order.fromCart());
  }

  /** The event of a transition of {@code order} (as it was before) into {@code next}. */
  public static EventPayload of(SagaEffect effect, Order order, SagaState next, Instant now) {
    return switch (effect) {
      case REQUEST_PAYMENT -> new PaymentRequested(order.id(), order.customerId(), total(order),
          order.paymentToken(), now);
      case CONFIRM -> new OrderConfirmed(order.id(), order.customerId(), lines(order), total(order), now,
          order.fromCart());
      case CANCEL -> new OrderCancelled(order.id(), order.customerId(), next.reason(), lines(order), total(order), now,
          order.fromCart());
    };
  }

  private static Money total(Order order) {
    return new Money(order.totalAmount(), order.currency());
  }

  private static List<OrderLine> lines(Order order) {
    return order.lines().stream()
        .map(line -> new OrderLine(line.productId(), line.sku(), line.name(), line.quantity(),
            new Money(line.unitAmount(), order.currency())))
        .toList();
  }
}
