package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class TestTokenTest {

  private final Supplier<Charge> charge =
      () -> Charge.of(new ChargeRequest(100, "EUR", "x", "order"), Instant.now());

  @Test
  void knownTokensAreRecognised_andAnythingElseIsUnknown() {
    assertThat(TestToken.of("tok_ok")).isEqualTo(TestToken.OK);
    assertThat(TestToken.of("tok_decline")).isEqualTo(TestToken.DECLINE);
    assertThat(TestToken.of("tok_slow")).isEqualTo(TestToken.SLOW);
    assertThat(TestToken.of("tok_flaky")).isEqualTo(TestToken.FLAKY);
    assertThat(TestToken.of("tok_visa_4242")).isEqualTo(TestToken.UNKNOWN);
    assertThat(TestToken.of("")).isEqualTo(TestToken.UNKNOWN);
  }

  @Test
  void okAndSlowAuthorize_withACharge() {
    assertThat(TestToken.OK.answer(1, 2, charge).status()).isEqualTo(201);
    assertThat(TestToken.SLOW.answer(1, 2, charge).charge().id()).startsWith("ch_");
    assertThat(TestToken.SLOW.delayed()).isTrue();
    assertThat(TestToken.OK.delayed()).isFalse();
  }

  @Test
  void declineAndUnknownAreDeclined_withTheirCodes() {
    assertThat(TestToken.DECLINE.answer(1, 2, charge)).isEqualTo(Answer.declined("card_declined"));
    assertThat(TestToken.UNKNOWN.answer(1, 2, charge)).isEqualTo(Answer.declined("invalid_token"));
  }

  @Test
  void flakyFailsTheConfiguredNumberOfAttempts_thenAuthorizes() {
    assertThat(TestToken.FLAKY.answer(1, 2, charge).status()).isEqualTo(503);
    assertThat(TestToken.FLAKY.answer(2, 2, charge).status()).isEqualTo(503);
    assertThat(TestToken.FLAKY.answer(3, 2, charge).status()).isEqualTo(201);
    assertThat(TestToken.FLAKY.answer(1, 0, charge).status()).isEqualTo(201);
  }
}
