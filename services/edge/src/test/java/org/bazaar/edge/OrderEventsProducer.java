package org.bazaar.edge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.platform.testing.TestEvents;

/** Publishes order.confirmed / order.cancelled to the test broker as the orders service would. */
final class OrderEventsProducer implements AutoCloseable {

  private final TestEvents events = new TestEvents();

  void confirm(String order, String customer) {
    events.publish(new OrderConfirmed(UUID.fromString(order), UUID.fromString(customer), lines(),
        new Money(500, "EUR"), Instant.now()));
  }

  void cancel(String order, String customer, CancellationReason reason) {
    events.publish(new OrderCancelled(UUID.fromString(order), UUID.fromString(customer), reason, lines(),
        new Money(500, "EUR"), Instant.now()));
  }

  private static List<OrderLine> lines() {
    return List.of(new OrderLine(UUID.randomUUID(), "MUG-1", "Mug", 1, new Money(500, "EUR")));
  }

  @Override
  public void close() {
    events.close();
  }
}
