package org.bazaar.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.Test;

class CartRulesTest {

  @Test
  void quantities_areWholeNumbersFrom1To99() {
    assertThat(CartRules.quantity(Map.of("quantity", 1))).isEqualTo(1);
    assertThat(CartRules.quantity(Map.of("quantity", 99))).isEqualTo(99);
    assertThat(CartRules.quantity(Map.of("quantity", 7L))).isEqualTo(7);
    assertThat(CartRules.quantity(Map.of("quantity", 5, "unknown", "ignored"))).isEqualTo(5);
  }

  @Test
  void quantitiesOutOfBoundsOrNotWhole_areInvalid() {
    for (Object bad : List.of(0, -1, 100, 1.5, 2.0, "2", true, List.of(1), new BigInteger("99999999999999999999"))) {
      assertThat(violation(bad)).as("%s", bad).isEqualTo("quantity");
    }
    Map<String, Object> none = new HashMap<>();
    none.put("quantity", null);
    assertThat(catchThrowableOfType(InvalidInput.class, () -> CartRules.quantity(none)).violations())
        .containsExactly(new Violation("quantity", "is required"));
    assertThat(catchThrowableOfType(InvalidInput.class, () -> CartRules.quantity(Map.of("quantity", 100)))
        .violations().get(0).message()).isEqualTo("must be between 1 and 99");
  }

  @Test
  void anOrder_takesItsQuantityOutOfTheLine_andALineLeftWithNoneGoes() {
    assertThat(CartRules.afterOrder(5, 2)).isEqualTo(OptionalInt.of(3));
    assertThat(CartRules.afterOrder(5, 5)).isEmpty();
    assertThat(CartRules.afterOrder(2, 5)).isEmpty();
    assertThat(CartRules.afterOrder(99, 1)).isEqualTo(OptionalInt.of(98));
    assertThat(CartRules.afterOrder(3, 0)).isEqualTo(OptionalInt.of(3));
    assertThat(CartRules.afterOrder(3, Integer.MIN_VALUE)).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void aCartHoldsAtMostFiftyDifferentProducts() {
    CartRules.checkSize(cartOf(CartRules.MAX_LINES));
    assertThatThrownBy(() -> CartRules.checkSize(cartOf(CartRules.MAX_LINES + 1)))
        .isInstanceOf(CartRejected.class).hasMessageContaining("at most 50");
  }

  private static Cart cartOf(int lines) {
    List<StoredLine> stored = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      stored.add(new StoredLine(new CartProduct(UUID.randomUUID(), "P" + i, "P" + i, 1L, "EUR", false), 1,
          Instant.EPOCH));
    }
    return Cart.of(stored, "EUR");
  }

  private static String violation(Object quantity) {
    InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> CartRules.quantity(Map.of("quantity", quantity)));
    assertThat(e).as("expected %s to be invalid", quantity).isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0).field();
  }
}
