package org.bazaar.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.common.StockLevel;
import org.bazaar.events.stock.StockAdjusted;
import org.bazaar.events.stock.StockCommitted;
import org.bazaar.events.stock.StockReleased;
import org.bazaar.events.stock.StockReserved;
import org.junit.jupiter.api.Test;

class StockLevelsHandlerTest {

  private final StockLevel mug = new StockLevel("MUG-001", 10, 2, 8, 7);
  private final StockLevel tee = new StockLevel("TEE-M", 5, 0, 5, 3);
  private final List<SkuQuantity> lines = List.of(new SkuQuantity("TEE-M", 1), new SkuQuantity("MUG-001", 2));

  @Test
  void everyStockEvent_yieldsItsLevels_inSkuOrder() {
    UUID order = UUID.randomUUID();
    Instant now = Instant.now();
    assertThat(levels(new StockReserved(order, lines, List.of(tee, mug), now))).containsExactly(mug, tee);
    assertThat(levels(new StockReleased(order, lines, List.of(tee, mug), now))).containsExactly(mug, tee);
    assertThat(levels(new StockCommitted(order, lines, List.of(mug), now))).containsExactly(mug);
    assertThat(levels(new StockAdjusted("MUG-001", 3, "delivery", mug, now))).containsExactly(mug);
  }

  @Test
  void theHandler_consumesExactlyTheFourStockLevelTypes() {
    assertThat(StockLevelsHandler.TYPES).containsExactlyInAnyOrder(StockAdjusted.TYPE, StockReserved.TYPE,
        StockReleased.TYPE, StockCommitted.TYPE);
  }

  private static List<StockLevel> levels(org.bazaar.events.EventPayload event) {
    return StockLevelsHandler.levelsOf(event.type(), event.toJson());
  }
}
