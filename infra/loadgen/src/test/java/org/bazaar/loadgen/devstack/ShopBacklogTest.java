package org.bazaar.loadgen.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShopBacklogTest {

  @Test
  void sumsConsumerLagAndOutboxPending_andIgnoresUnknownGauges() {
    String document = """
        # HELP bazaar_consumer_lag Records behind the log end
        bazaar_consumer_lag{group="inventory",partition="0",service="inventory",topic="order.events"} 3.0
        bazaar_consumer_lag{group="inventory",partition="1",service="inventory",topic="order.events"} 0.0
        bazaar_outbox_pending{service="inventory"} 2.0
        bazaar_outbox_pending{service="cart"} NaN
        bazaar_outbox_published_total{service="inventory"} 40.0
        """;

    assertThat(ShopBacklog.parse(document)).isEqualTo(5.0);
  }
}
