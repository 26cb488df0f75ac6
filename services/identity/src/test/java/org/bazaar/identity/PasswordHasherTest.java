package org.bazaar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(4096, 1, 1);

  @Test
  void hashes_areArgon2id_saltedAndVerifiable() {
    String first = hasher.hash("correct horse");
    String second = hasher.hash("correct horse");
    assertThat(first).startsWith("$argon2id$v=19$m=4096,t=1,p=1$").isNotEqualTo(second);
    assertThat(hasher.verify("correct horse", first)).isTrue();
    assertThat(hasher.verify("correct horse", second)).isTrue();
    assertThat(hasher.verify("wrong horse", first)).isFalse();
  }

  @Test
  void verify_readsTheCostFromTheStoredHash() {
    String older = new PasswordHasher(8192, 2, 1).hash("correct horse");
    assertThat(hasher.verify("correct horse", older)).isTrue();
  }

  @Test
  void aMalformedStoredHash_neverMatches() {
    assertThat(hasher.verify("anything", "not a hash")).isFalse();
  }

  @Test
  void verifyOrWaste_isFalseWithoutAnAccount_evenForTheRightPassword() {
    String stored = hasher.hash("correct horse");
    assertThat(hasher.verifyOrWaste("correct horse", stored)).isTrue();
    assertThat(hasher.verifyOrWaste("correct horse", null)).isFalse();
    assertThat(hasher.verifyOrWaste("wrong", stored)).isFalse();
  }
}
