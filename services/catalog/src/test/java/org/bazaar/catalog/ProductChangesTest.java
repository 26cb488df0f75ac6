package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.Test;

class ProductChangesTest {

  private final Product mug = new Product(UUID.randomUUID(), "MUG-001", "Mug", "White", new Price(1299, "EUR"), 4,
      Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-02T00:00:00Z"));

  @Test
  void onlyTheGivenFields_change() {
    Product renamed = ProductChanges.from(Map.of("name", "Big mug"), "EUR").applyTo(mug);
    assertThat(renamed).isEqualTo(new Product(mug.id(), "MUG-001", "Big mug", "White", mug.price(), 4,
        mug.createdAt(), mug.updatedAt()));
    Product repriced = ProductChanges.from(Map.of("price", Map.of("amount", 999, "currency", "EUR"),
        "description", ""), "EUR").applyTo(mug);
    assertThat(repriced.price()).isEqualTo(new Price(999, "EUR"));
    assertThat(repriced.description()).isEmpty();
    assertThat(repriced.name()).isEqualTo("Mug");
  }

  @Test
  void anEmptyChange_isRejected() {
    assertThatThrownBy(() -> ProductChanges.from(Map.of("colour", "red"), "EUR"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactly("body"));
  }

  @Test
  void theSku_cannotBeChanged_andBadValuesAreReported() {
    assertThatThrownBy(() -> ProductChanges.from(Map.of("sku", "OTHER", "name", ""), "EUR"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("sku", "name"));
    assertThatThrownBy(() -> ProductChanges.from(Map.of("price", Map.of("amount", 1, "currency", "GBP")), "EUR"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactly("price.currency"));
  }
}
