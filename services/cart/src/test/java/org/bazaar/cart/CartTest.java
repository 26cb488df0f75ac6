package org.bazaar.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CartTest {

  private static final Instant ADDED = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void anEmptyCart_costsNothing() {
    Cart cart = Cart.of(List.of(), "EUR");
    assertThat(cart.items()).isEmpty();
    assertThat(cart.totalAmount()).isZero();
    assertThat(cart.currency()).isEqualTo("EUR");
    assertThat(cart).isEqualTo(Cart.empty("EUR"));
  }

  @Test
  void theTotal_isTheSumOfQuantityTimesUnitPrice_inTheGivenOrder() {
    StoredLine mug = line(product("MUG", 1250), 2);
    StoredLine tea = line(product("TEA", 399), 3);

    Cart cart = Cart.of(List.of(mug, tea), "EUR");

    assertThat(cart.items()).extracting(CartLine::sku).containsExactly("MUG", "TEA");
    assertThat(cart.items()).extracting(CartLine::lineAmount).containsExactly(2500L, 1197L);
    assertThat(cart.totalAmount()).isEqualTo(3697);
    assertThat(cart.items().get(0)).isEqualTo(new CartLine(mug.product().productId(), "MUG", "Product MUG", 2, 1250));
    assertThat(cart.dropped()).isEmpty();
  }

  @Test
  void linesOfDiscontinuedProducts_areLeftOutOfTheItemsAndTheTotal_andListedForDeletion() {
    CartProduct gone = new CartProduct(UUID.randomUUID(), "OLD", "Old", 500L, "EUR", true);
    CartProduct tombstone = new CartProduct(UUID.randomUUID(), "NEVER", null, null, null, true);
    StoredLine kept = line(product("NEW", 100), 1);

    Cart cart = Cart.of(List.of(line(gone, 4), kept, line(tombstone, 1)), "EUR");

    assertThat(cart.items()).extracting(CartLine::sku).containsExactly("NEW");
    assertThat(cart.totalAmount()).isEqualTo(100);
    assertThat(cart.dropped()).containsExactly(gone.productId(), tombstone.productId());
  }

  @Test
  void aLineNotPricedInTheShopCurrency_isHiddenButKept() {
    CartProduct dollars = new CartProduct(UUID.randomUUID(), "USD-1", "Import", 700L, "USD", false);

    Cart cart = Cart.of(List.of(line(dollars, 1), line(product("EUR-1", 10), 1)), "EUR");

    assertThat(cart.items()).extracting(CartLine::sku).containsExactly("EUR-1");
    assertThat(cart.totalAmount()).isEqualTo(10);
    assertThat(cart.dropped()).isEmpty();
  }

  @Test
  void aTotalTooLargeForALong_isRejected() {
    assertThatThrownBy(() -> Cart.of(List.of(line(product("BIG", Long.MAX_VALUE / 2), 3)), "EUR"))
        .isInstanceOf(CartRejected.class).hasMessageContaining("too large");
    assertThatThrownBy(() -> Cart.of(List.of(line(product("A", Long.MAX_VALUE), 1), line(product("B", 1), 1)), "EUR"))
        .isInstanceOf(CartRejected.class);
    assertThat(Cart.of(List.of(line(product("MAX", Long.MAX_VALUE), 1)), "EUR").totalAmount())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void aProductIsSellable_onlyWhenKnownPricedInTheShopCurrencyAndNotDiscontinued() {
    assertThat(product("OK", 1).sellableIn("EUR")).isTrue();
    assertThat(product("OK", 1).sellableIn("USD")).isFalse();
    assertThat(new CartProduct(UUID.randomUUID(), "X", "X", 1L, "EUR", true).sellableIn("EUR")).isFalse();
    assertThat(new CartProduct(UUID.randomUUID(), "X", null, null, null, true).sellableIn("EUR")).isFalse();
  }

  private static CartProduct product(String sku, long price) {
    return new CartProduct(UUID.randomUUID(), sku, "Product " + sku, price, "EUR", false);
  }

  private static StoredLine line(CartProduct product, int quantity) {
    return new StoredLine(product, quantity, ADDED);
  }
}
