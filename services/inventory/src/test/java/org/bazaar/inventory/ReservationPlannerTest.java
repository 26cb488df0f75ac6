package org.bazaar.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReservationPlannerTest {

  private final Map<String, Stock> current = Map.of(
      "MUG", new Stock("MUG", 10, 4, 7),
      "TEE", new Stock("TEE", 3, 0, 2));

  @Test
  void whenEveryLineFits_allAreReserved_withTheLevelsAfter() {
    ReservationDecision decision = ReservationPlanner.decide(List.of(new Line("TEE", 1), new Line("MUG", 6)), current);

    assertThat(decision).isEqualTo(new ReserveAll(List.of(new Line("MUG", 6), new Line("TEE", 1)),
        List.of(new Stock("MUG", 10, 10, 8), new Stock("TEE", 3, 1, 3))));
  }

  @Test
  void reservedUnits_areNotAvailable() {
    ReservationDecision decision = ReservationPlanner.decide(List.of(new Line("MUG", 7)), current);

    assertThat(decision).isEqualTo(new RejectAll(List.of(new Line("MUG", 7)), RejectionCause.OUT_OF_STOCK,
        List.of(new Shortage("MUG", 7, 6))));
  }

  @Test
  void oneShortLine_rejectsTheWholeOrder_andNamesOnlyTheShortSkus() {
    ReservationDecision decision = ReservationPlanner.decide(List.of(new Line("MUG", 1), new Line("TEE", 4)), current);

    assertThat(decision).isInstanceOf(RejectAll.class);
    RejectAll reject = (RejectAll) decision;
    assertThat(reject.cause()).isEqualTo(RejectionCause.OUT_OF_STOCK);
    assertThat(reject.shortages()).containsExactly(new Shortage("TEE", 4, 3));
    assertThat(reject.lines()).containsExactly(new Line("MUG", 1), new Line("TEE", 4));
  }

  @Test
  void repeatedSkus_areAddedUpBeforeTheyAreCompared() {
    ReservationDecision decision = ReservationPlanner.decide(List.of(new Line("TEE", 2), new Line("TEE", 2)), current);

    assertThat(decision).isEqualTo(new RejectAll(List.of(new Line("TEE", 4)), RejectionCause.OUT_OF_STOCK,
        List.of(new Shortage("TEE", 4, 3))));
  }

  @Test
  void anUnknownSku_rejectsAsUnknown_andListsEveryShortage() {
    ReservationDecision decision = ReservationPlanner.decide(
        List.of(new Line("NOPE", 1), new Line("TEE", 9), new Line("MUG", 1)), current);

    assertThat(decision).isEqualTo(new RejectAll(
        List.of(new Line("MUG", 1), new Line("NOPE", 1), new Line("TEE", 9)), RejectionCause.UNKNOWN_SKU,
        List.of(new Shortage("NOPE", 1, 0), new Shortage("TEE", 9, 3))));
  }

  @Test
  void anExactFit_isReserved() {
    ReservationDecision decision = ReservationPlanner.decide(List.of(new Line("TEE", 3)), current);

    assertThat(decision).isEqualTo(new ReserveAll(List.of(new Line("TEE", 3)), List.of(new Stock("TEE", 3, 3, 3))));
  }

  @Test
  void nothingOnHand_rejectsEvenOneUnit() {
    ReservationDecision decision = ReservationPlanner.decide(List.of(new Line("NEW", 1)),
        Map.of("NEW", Stock.empty("NEW")));

    assertThat(decision).isEqualTo(new RejectAll(List.of(new Line("NEW", 1)), RejectionCause.OUT_OF_STOCK,
        List.of(new Shortage("NEW", 1, 0))));
  }

  @Test
  void commit_takesHeldUnitsOutOfStock() {
    assertThat(ReservationPlanner.commit(List.of(new Line("MUG", 4)), current))
        .containsExactly(new Stock("MUG", 6, 0, 8));
  }

  @Test
  void release_makesHeldUnitsAvailable() {
    assertThat(ReservationPlanner.release(List.of(new Line("MUG", 3)), current))
        .containsExactly(new Stock("MUG", 10, 1, 8));
  }

  @Test
  void commitOrRelease_ofUnitsThatAreNotHeld_isABug() {
    assertThatThrownBy(() -> ReservationPlanner.commit(List.of(new Line("TEE", 1)), current))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ReservationPlanner.release(List.of(new Line("GONE", 1)), current))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSequenceOfReservations_neverOversells() {
    Stock stock = new Stock("MUG", 10, 0, 1);
    int reserved = 0;
    for (int order = 0; order < 50; order++) {
      ReservationDecision decision = ReservationPlanner.decide(List.of(new Line("MUG", 1)), Map.of("MUG", stock));
      if (decision instanceof ReserveAll all) {
        stock = all.levels().get(0);
        reserved++;
      }
    }
    assertThat(reserved).isEqualTo(10);
    assertThat(stock).isEqualTo(new Stock("MUG", 10, 10, 11));
  }
}
