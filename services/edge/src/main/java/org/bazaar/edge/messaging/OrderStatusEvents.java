package org.bazaar.edge.messaging;

import java.util.Optional;

import io.vertx.core.buffer.Buffer;
import io.vertx.kafka.client.consumer.KafkaConsumerRecord;
import org.bazaar.edge.OrderStatus;
import org.bazaar.events.EventTypes;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.KafkaHeaders;

/** Reads the status changes watchers care about from order events: confirmed, and cancelled with its reason. */
final class OrderStatusEvents {

  private OrderStatusEvents() {
  }

  /** The new status this record announces; empty for other order events and for anything unreadable. */
  static Optional<OrderStatus> statusOf(KafkaConsumerRecord<String, Buffer> record) {
    try {
      EventEnvelope event = KafkaHeaders.fromRecord(record);
      if (EventTypes.ORDER_CONFIRMED_V1.equals(event.type())) {
        OrderConfirmed confirmed = OrderConfirmed.fromJson(event.data());
        return Optional.of(new OrderStatus(confirmed.orderId().toString(), OrderStatus.CONFIRMED, null,
            confirmed.confirmedAt().toString()));
      }
      if (EventTypes.ORDER_CANCELLED_V1.equals(event.type())) {
        OrderCancelled cancelled = OrderCancelled.fromJson(event.data());
        return Optional.of(new OrderStatus(cancelled.orderId().toString(), OrderStatus.CANCELLED,
            cancelled.reason().name(), cancelled.cancelledAt().toString()));
      }
      return Optional.empty();
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
