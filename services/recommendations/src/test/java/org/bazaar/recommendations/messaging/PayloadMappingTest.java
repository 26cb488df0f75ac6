package org.bazaar.recommendations.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.common.SkuQuantity;
import org.bazaar.events.common.StockLevel;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.product.ProductUpdated;
import org.bazaar.events.product.ProductViewed;
import org.bazaar.events.stock.StockAdjusted;
import org.bazaar.events.stock.StockCommitted;
import org.bazaar.events.stock.StockReleased;
import org.bazaar.events.stock.StockReserved;
import org.bazaar.recommendations.Price;
import org.bazaar.recommendations.ProductCopy;
import org.bazaar.recommendations.ProductPair;
import org.bazaar.recommendations.ProductView;
import org.junit.jupiter.api.Test;

class PayloadMappingTest {

  private final UUID mug = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private final UUID tee = UUID.fromString("00000000-0000-0000-0000-000000000002");
  private final Instant at = Instant.parse("2025-03-14T09:26:53Z");

  @Test
  void createdAndUpdatedProducts_becomeCopies_stampedWithTheCatalogsTime() {
    ProductCreated created = new ProductCreated(mug, "MUG-001", "Mug", "Blue", new Money(1299, "EUR"), at);
    assertThat(ProductCopyHandler.copyOf(created.type(), created.toJson()))
        .isEqualTo(new ProductCopy(mug, "MUG-001", "Mug", "Blue", new Price(1299, "EUR"), at));
    Instant later = at.plusSeconds(60);
    ProductUpdated updated = new ProductUpdated(mug, "MUG-001", "Big mug", "", new Money(1499, "EUR"), later);
    assertThat(ProductCopyHandler.copyOf(updated.type(), updated.toJson()))
        .isEqualTo(new ProductCopy(mug, "MUG-001", "Big mug", "", new Price(1499, "EUR"), later));
  }

  @Test
  void theProductHandler_consumesCreatedUpdatedAndDiscontinued() {
    assertThat(ProductCopyHandler.TYPES).containsExactlyInAnyOrder(ProductCreated.TYPE, ProductUpdated.TYPE,
        ProductDiscontinued.TYPE);
    assertThatThrownBy(() -> ProductCopyHandler.copyOf(ProductDiscontinued.TYPE, new JsonObject()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyStockEvent_yieldsItsLevels_inSkuOrder() {
    StockLevel mugLevel = new StockLevel("MUG-001", 10, 2, 8, 7);
    StockLevel teeLevel = new StockLevel("TEE-M", 5, 0, 5, 3);
    List<SkuQuantity> lines = List.of(new SkuQuantity("TEE-M", 1), new SkuQuantity("MUG-001", 2));
    UUID order = UUID.randomUUID();
    assertThat(levels(new StockReserved(order, lines, List.of(teeLevel, mugLevel), at)))
        .containsExactly(mugLevel, teeLevel);
    assertThat(levels(new StockReleased(order, lines, List.of(teeLevel, mugLevel), at)))
        .containsExactly(mugLevel, teeLevel);
    assertThat(levels(new StockCommitted(order, lines, List.of(mugLevel), at))).containsExactly(mugLevel);
    assertThat(levels(new StockAdjusted("MUG-001", 3, "delivery", mugLevel, at))).containsExactly(mugLevel);
    assertThat(StockLevelsHandler.TYPES).containsExactlyInAnyOrder(StockAdjusted.TYPE, StockReserved.TYPE,
        StockReleased.TYPE, StockCommitted.TYPE);
  }

  @Test
  void aConfirmedOrder_countsEachPairOfItsDistinctProducts() {
    OrderConfirmed order = new OrderConfirmed(UUID.randomUUID(), UUID.randomUUID(),
        List.of(line(tee, 2), line(mug, 1), line(tee, 1)), new Money(3000, "EUR"), at, true);
    assertThat(CoPurchaseHandler.pairsOf(order.toJson()))
        .containsExactly(new ProductPair(mug, tee), new ProductPair(tee, mug));
    OrderConfirmed single = new OrderConfirmed(UUID.randomUUID(), UUID.randomUUID(), List.of(line(mug, 3)),
        new Money(3000, "EUR"), at);
    assertThat(CoPurchaseHandler.pairsOf(single.toJson())).isEmpty();
  }

  @Test
  void aProductView_becomesAViewOfThatShopper() {
    UUID user = UUID.randomUUID();
    assertThat(ProductViewedHandler.viewOf(new ProductViewed(user, mug, at).toJson()))
        .isEqualTo(new ProductView(user, mug, at));
  }

  private static List<StockLevel> levels(org.bazaar.events.EventPayload event) {
    return StockLevelsHandler.levelsOf(event.type(), event.toJson());
  }

  private static OrderLine line(UUID product, int quantity) {
    return new OrderLine(product, "SKU-" + product.toString().substring(35), "Thing", quantity,
        new Money(1000, "EUR"));
  }
}
