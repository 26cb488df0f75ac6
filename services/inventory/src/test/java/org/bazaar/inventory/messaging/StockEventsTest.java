package org.bazaar.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.common.StockLevel;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.inventory.Line;
import org.bazaar.inventory.Stock;
import org.bazaar.platform.events.PermanentFailure;
import org.junit.jupiter.api.Test;

class StockEventsTest {

  @Test
  void aLevel_carriesAvailableAndVersion() {
    assertThat(StockEvents.level(new Stock("MUG", 10, 4, 7))).isEqualTo(new StockLevel("MUG", 10, 4, 6, 7));
  }

  @Test
  void orderLines_becomeMergedLines() {
    assertThat(StockEvents.requested(List.of(line("TEE", 1), line("MUG", 2), line("TEE", 2))))
        .containsExactly(new Line("MUG", 2), new Line("TEE", 3));
  }

  @Test
  void orderLinesThatCannotBeReserved_areAPermanentFailure() {
    assertThatThrownBy(() -> StockEvents.requested(List.of(line("MUG", 0)))).isInstanceOf(PermanentFailure.class);
    assertThatThrownBy(() -> StockEvents.requested(List.of())).isInstanceOf(PermanentFailure.class);
  }

  @Test
  void aReservedPayloadBuiltFromTheDomain_matchesItsSchema() {
    StockReserved reserved = new StockReserved(UUID.randomUUID(), StockEvents.quantities(List.of(new Line("MUG", 2))),
        StockEvents.levels(List.of(new Stock("MUG", 10, 2, 2))), Instant.now());

    assertThat(EventSchemas.load().validate(EventTypes.STOCK_RESERVED_V1, reserved.toJson()).valid()).isTrue();
  }

  private static OrderLine line(String sku, int quantity) {
    return new OrderLine(UUID.randomUUID(), sku, "A product", quantity, new Money(100, "EUR"));
  }
}
