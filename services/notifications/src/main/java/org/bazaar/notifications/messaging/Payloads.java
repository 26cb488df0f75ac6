package org.bazaar.notifications.messaging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.notifications.OrderItem;
import org.bazaar.notifications.OrderSummary;
import org.bazaar.notifications.Price;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.PermanentFailure;

/** Reads typed payloads (a payload that cannot be read is dead-lettered at once) and maps orders for the mails. */
final class Payloads {

  private Payloads() {
  }

  static <T> T read(EventEnvelope event, Function<JsonObject, T> reader) {
    try {
      return reader.apply(event.data());
    } catch (RuntimeException e) {
      throw new PermanentFailure("cannot read the payload of " + event.type() + ": " + e);
    }
  }

  static OrderSummary summary(UUID orderId, List<OrderLine> lines, Money total) {
    return new OrderSummary(orderId, lines.stream()
        .map(line -> new OrderItem(line.name(), line.sku(), line.quantity(), price(line.unitPrice())))
        .toList(), price(total));
  }

  private static Price price(Money money) {
    return new Price(money.amount(), money.currency());
  }
}
