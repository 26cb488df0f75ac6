package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PricingTest {

  private final ProductPrice mug = new ProductPrice(UUID.randomUUID(), "MUG-1", "Mug", 1250, "EUR");
  private final ProductPrice tea = new ProductPrice(UUID.randomUUID(), "TEA-7", "Tea", 399, "EUR");
  private final Map<UUID, ProductPrice> copy = Map.of(mug.productId(), mug, tea.productId(), tea);

  @Test
  void linesArePricedFromTheCopy_andTheTotalIsTheirSum() {
    PricedOrder order = Pricing.price(List.of(new RequestedItem(mug.productId(), 2),
        new RequestedItem(tea.productId(), 3)), copy, "EUR");

    assertThat(order.lines()).containsExactly(
        new PricedLine(1, mug.productId(), "MUG-1", "Mug", 2, 1250),
        new PricedLine(2, tea.productId(), "TEA-7", "Tea", 3, 399));
    assertThat(order.totalAmount()).isEqualTo(2 * 1250 + 3 * 399);
    assertThat(order.currency()).isEqualTo("EUR");
  }

  @Test
  void anEmptyOrder_isRejected() {
    assertThatThrownBy(() -> Pricing.price(List.of(), copy, "EUR"))
        .isInstanceOf(OrderRejected.class).hasMessage("the order has no items");
  }

  @Test
  void anUnknownProduct_isRejectedByItsId() {
    UUID unknown = UUID.randomUUID();
    assertThatThrownBy(() -> Pricing.price(List.of(new RequestedItem(mug.productId(), 1),
        new RequestedItem(unknown, 1)), copy, "EUR"))
        .isInstanceOf(OrderRejected.class).hasMessage("unknown product " + unknown);
  }

  @Test
  void aProductInAnotherCurrency_isRejected() {
    ProductPrice dollars = new ProductPrice(UUID.randomUUID(), "USD-1", "Import", 100, "USD");
    assertThatThrownBy(() -> Pricing.price(List.of(new RequestedItem(mug.productId(), 1),
        new RequestedItem(dollars.productId(), 1)), Map.of(mug.productId(), mug, dollars.productId(), dollars), "EUR"))
        .isInstanceOf(OrderRejected.class).hasMessageContaining("priced in USD");
  }

  @Test
  void aTotalThatWouldOverflow_isRejected() {
    ProductPrice gold = new ProductPrice(UUID.randomUUID(), "GOLD", "Gold", Long.MAX_VALUE / 2, "EUR");
    assertThatThrownBy(() -> Pricing.price(List.of(new RequestedItem(gold.productId(), 3)),
        Map.of(gold.productId(), gold), "EUR"))
        .isInstanceOf(OrderRejected.class).hasMessage("the order total is too large");
  }

  @Test
  void aFreeProduct_costsNothing() {
    ProductPrice free = new ProductPrice(UUID.randomUUID(), "FREE", "Sticker", 0, "EUR");
    assertThat(Pricing.price(List.of(new RequestedItem(free.productId(), 5)), Map.of(free.productId(), free), "EUR")
        .totalAmount()).isZero();
  }
}
