package org.bazaar.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CoPurchasesTest {

  private final UUID mug = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private final UUID tee = UUID.fromString("00000000-0000-0000-0000-000000000002");
  private final UUID cap = UUID.fromString("00000000-0000-0000-0000-000000000003");

  @Test
  void twoProducts_countForEachOther_inBothDirections() {
    assertThat(CoPurchases.pairsOf(List.of(tee, mug)))
        .containsExactly(new ProductPair(mug, tee), new ProductPair(tee, mug));
  }

  @Test
  void threeProducts_giveEveryOrderedPairOfDistinctProducts_sorted() {
    assertThat(CoPurchases.pairsOf(List.of(cap, mug, tee))).containsExactly(
        new ProductPair(mug, tee), new ProductPair(mug, cap),
        new ProductPair(tee, mug), new ProductPair(tee, cap),
        new ProductPair(cap, mug), new ProductPair(cap, tee));
  }

  @Test
  void aProductOnSeveralLines_countsOnce_andNeverPairsWithItself() {
    assertThat(CoPurchases.pairsOf(List.of(mug, tee, mug, tee)))
        .containsExactly(new ProductPair(mug, tee), new ProductPair(tee, mug));
    assertThat(CoPurchases.pairsOf(List.of(mug, mug))).isEmpty();
  }

  @Test
  void anOrderOfOneProductOrNone_hasNoPairs() {
    assertThat(CoPurchases.pairsOf(List.of(mug))).isEmpty();
    assertThat(CoPurchases.pairsOf(List.of())).isEmpty();
  }

  @Test
  void aPairOfOneProductWithItself_isRefused() {
    assertThatThrownBy(() -> new ProductPair(mug, mug)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fiftyProducts_give2450Pairs() {
    List<UUID> products = java.util.stream.Stream.generate(UUID::randomUUID).limit(50).toList();
    assertThat(CoPurchases.pairsOf(products)).hasSize(50 * 49).doesNotHaveDuplicates();
  }
}
