package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductQueryTest {

  @Test
  void defaults_areTheFirstPageOf20_withoutSearch() {
    assertThat(ProductQuery.from(null, null, null)).isEqualTo(new ProductQuery(null, 20, null));
    assertThat(ProductQuery.from("  ", "100", "")).isEqualTo(new ProductQuery(null, 100, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-3", "ten", "1.5", ""})
  void limitsOutside1To100_areRejected(String limit) {
    assertThatThrownBy(() -> ProductQuery.from(null, limit, null)).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("limit"));
  }

  @Test
  void theSearchText_matchesAnywhere_withWildcardsTakenLiterally() {
    assertThat(ProductQuery.from(" mug ", null, null).likePattern()).isEqualTo("%mug%");
    assertThat(ProductQuery.from("50%_off\\", null, null).likePattern()).isEqualTo("%50\\%\\_off\\\\%");
    assertThat(ProductQuery.from(null, null, null).likePattern()).isNull();
    assertThatThrownBy(() -> ProductQuery.from("q".repeat(201), null, null)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> ProductQuery.from("a\u0000b", null, null)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void aPage_hasANextCursor_onlyWhenMoreRowsExist() {
    List<Product> rows = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rows.add(new Product(UUID.randomUUID(), "S" + i, "P", "", new Price(1, "EUR"), 0,
          Instant.parse("2025-01-01T00:00:00Z").minusSeconds(i), Instant.EPOCH));
    }
    ProductPage full = ProductPage.of(rows, 3);
    assertThat(full.items()).hasSize(3);
    assertThat(full.next()).isEqualTo(Cursor.after(rows.get(2)));
    assertThat(ProductPage.of(rows, 4).next()).isNull();
    assertThat(ProductPage.of(List.of(), 4).items()).isEmpty();
  }
}
