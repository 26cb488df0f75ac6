package org.bazaar.reviews.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderConfirmed;
import org.junit.jupiter.api.Test;

class OrderConfirmedHandlerTest {

  @Test
  void everyProductOfAnOrder_isBoughtOnce_inAStableOrder() {
    UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    OrderConfirmed order = new OrderConfirmed(UUID.randomUUID(), UUID.randomUUID(),
        List.of(line(b), line(a), line(b)), new Money(300, "EUR"), Instant.now());
    assertThat(OrderConfirmedHandler.productIds(order)).containsExactly(a, b);
  }

  private static OrderLine line(UUID productId) {
    return new OrderLine(productId, "SKU-1", "Thing", 1, new Money(100, "EUR"));
  }
}
