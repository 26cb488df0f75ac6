package org.bazaar.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockTest {

  private final Stock stock = new Stock("MUG", 10, 3, 5);

  @Test
  void available_isOnHandMinusReserved() {
    assertThat(stock.available()).isEqualTo(7);
    assertThat(Stock.empty("MUG")).isEqualTo(new Stock("MUG", 0, 0, 1));
  }

  @Test
  void reserve_holdsUnits_andBumpsTheVersion() {
    assertThat(stock.reserve(7)).isEqualTo(new Stock("MUG", 10, 10, 6));
  }

  @Test
  void reserve_neverTakesMoreThanIsAvailable() {
    assertThatThrownBy(() -> stock.reserve(8)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> stock.reserve(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void release_makesHeldUnitsAvailableAgain() {
    assertThat(stock.release(3)).isEqualTo(new Stock("MUG", 10, 0, 6));
    assertThatThrownBy(() -> stock.release(4)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void commit_takesHeldUnitsOutOfStock() {
    assertThat(stock.commit(2)).isEqualTo(new Stock("MUG", 8, 1, 6));
    assertThatThrownBy(() -> stock.commit(4)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void adjust_addsAndRemovesUnitsOnHand() {
    assertThat(stock.adjust(5)).isEqualTo(new Stock("MUG", 15, 3, 6));
    assertThat(stock.adjust(-7)).isEqualTo(new Stock("MUG", 3, 3, 6));
  }

  @Test
  void adjust_belowWhatIsReserved_isAConflict() {
    assertThatThrownBy(() -> stock.adjust(-8)).isInstanceOf(StockConflict.class).hasMessageContaining("reserved");
  }

  @Test
  void adjust_belowZero_isAConflict() {
    assertThatThrownBy(() -> Stock.empty("MUG").adjust(-1)).isInstanceOf(StockConflict.class)
        .hasMessageContaining("-1 on hand");
    assertThatThrownBy(() -> stock.adjust(Integer.MIN_VALUE)).isInstanceOf(StockConflict.class);
  }

  @Test
  void adjust_beyondTheLargestCount_isAConflict() {
    assertThatThrownBy(() -> stock.adjust(Integer.MAX_VALUE)).isInstanceOf(StockConflict.class);
  }

  @Test
  void adjust_byZero_isNotAnAdjustment() {
    assertThatThrownBy(() -> stock.adjust(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStockThatBreaksItsInvariants_cannotExist() {
    assertThatThrownBy(() -> new Stock("MUG", -1, 0, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Stock("MUG", 1, -1, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Stock("MUG", 1, 2, 1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Stock("MUG", 1, 0, 0)).isInstanceOf(IllegalStateException.class);
  }
}
