package org.bazaar.payments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderVerdictTest {

  @Test
  void successIsAuthorized_and402IsADecline() {
    assertThat(ProviderVerdict.of(201)).isEqualTo(ProviderVerdict.AUTHORIZED);
    assertThat(ProviderVerdict.of(200)).isEqualTo(ProviderVerdict.AUTHORIZED);
    assertThat(ProviderVerdict.of(402)).isEqualTo(ProviderVerdict.DECLINED);
  }

  @Test
  void answersThatMayChange_areRetried() {
    for (int status : new int[] {408, 409, 429, 500, 502, 503, 504, 302, 204}) {
      assertThat(ProviderVerdict.of(status)).as("status %d", status).isEqualTo(ProviderVerdict.RETRY);
    }
  }

  @Test
  void otherClientErrors_areRejectedWithoutRetry() {
    for (int status : new int[] {400, 401, 403, 404, 422}) {
      assertThat(ProviderVerdict.of(status)).as("status %d", status).isEqualTo(ProviderVerdict.REJECTED);
    }
  }
}
