package org.bazaar.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void merge_addsTheQuantitiesOfRepeatedSkus_andSortsBySku() {
    List<Line> merged = Lines.merge(List.of(new Line("TEE", 1), new Line("MUG", 2), new Line("TEE", 3)));

    assertThat(merged).containsExactly(new Line("MUG", 2), new Line("TEE", 4));
  }

  @Test
  void merge_ofAnEmptyOrder_isRefused() {
    assertThatThrownBy(() -> Lines.merge(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void merge_refusesQuantitiesThatOverflow() {
    assertThatThrownBy(() -> Lines.merge(List.of(new Line("MUG", Integer.MAX_VALUE), new Line("MUG", 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up");
  }

  @Test
  void skus_areDistinctAndSorted() {
    assertThat(Lines.skus(List.of(new Line("b", 1), new Line("a", 1), new Line("b", 2)))).containsExactly("a", "b");
  }

  @Test
  void aLine_needsAValidSkuAndAtLeastOneUnit() {
    assertThatThrownBy(() -> new Line("MUG", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Line("MUG", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Line("has space", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Line(null, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skus_followTheSchemaRule() {
    assertThat(Skus.isValid("MUG-001")).isTrue();
    assertThat(Skus.isValid("a.b_c-D9")).isTrue();
    assertThat(Skus.isValid("x".repeat(64))).isTrue();
    assertThat(Skus.isValid("x".repeat(65))).isFalse();
    assertThat(Skus.isValid("")).isFalse();
    assertThat(Skus.isValid("MUG/001")).isFalse();
    assertThat(Skus.isValid("MÜG")).isFalse();
    assertThat(Skus.isValid(null)).isFalse();
  }
}
