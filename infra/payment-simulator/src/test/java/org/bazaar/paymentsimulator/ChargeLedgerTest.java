package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ChargeLedgerTest {

  private final ChargeLedger ledger = new ChargeLedger();
  private final ChargeRequest request = new ChargeRequest(1299, "EUR", "tok_ok", "order-1");

  @Test
  void theFirstRequestOwnsTheKey_andAConcurrentDuplicateIsToldItIsInUse() {
    assertThat(ledger.claim("k", request)).isEqualTo(Claim.owned(1));
    assertThat(ledger.claim("k", request).kind()).isEqualTo(Claim.Kind.IN_USE);
  }

  @Test
  void aFinalAnswerIsReplayed_andChargesOnce() {
    ledger.claim("k", request);
    Answer answer = Answer.authorized(Charge.of(request, Instant.now()));
    ledger.settle("k", answer);

    Claim again = ledger.claim("k", request);

    assertThat(again.kind()).isEqualTo(Claim.Kind.REPLAY);
    assertThat(again.answer()).isEqualTo(answer);
    assertThat(ledger.charges("order-1")).containsExactly(answer.charge());
  }

  @Test
  void aDeclineIsFinal_butChargesNothing() {
    ledger.claim("k", request);
    ledger.settle("k", Answer.declined(Answer.CARD_DECLINED));

    assertThat(ledger.claim("k", request).answer().code()).isEqualTo(Answer.CARD_DECLINED);
    assertThat(ledger.charges(null)).isEmpty();
  }

  @Test
  void aTransientFailureReleasesTheKey_forTheNextAttempt() {
    ledger.claim("k", request);
    ledger.settle("k", Answer.unavailable());

    assertThat(ledger.claim("k", request)).isEqualTo(Claim.owned(2));
  }

  @Test
  void aKeyReusedWithAnotherRequest_isAMismatch() {
    ledger.claim("k", request);
    ledger.settle("k", Answer.declined(Answer.CARD_DECLINED));

    assertThat(ledger.claim("k", new ChargeRequest(1, "EUR", "tok_ok", "order-1")).kind())
        .isEqualTo(Claim.Kind.MISMATCH);
  }

  @Test
  void settlingAKeyNobodyOwns_isABug() {
    assertThatThrownBy(() -> ledger.settle("nobody", Answer.unavailable())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void chargesAreFilteredByReference() {
    ChargeRequest other = new ChargeRequest(5, "EUR", "tok_ok", "order-2");
    ledger.claim("a", request);
    ledger.settle("a", Answer.authorized(Charge.of(request, Instant.now())));
    ledger.claim("b", other);
    ledger.settle("b", Answer.authorized(Charge.of(other, Instant.now())));

    assertThat(ledger.charges("order-2")).extracting(Charge::reference).containsExactly("order-2");
    assertThat(ledger.charges(null)).hasSize(2);
  }
}
