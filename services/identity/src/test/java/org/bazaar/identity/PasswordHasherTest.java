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
  void anUnknownAccount_costsTheWorkOfAHashWithTheConfiguredCosts_andNothingMatchesIt() {
    Argon2idHash dummy = Argon2idHash.unmatchable(4096, 1, 1, 16, 32, new java.security.SecureRandom());
    assertThat(dummy.encoded()).startsWith("$argon2id$v=19$m=4096,t=1,p=1$");
    assertThat(Argon2idHash.parse(dummy.encoded()).encoded()).isEqualTo(dummy.encoded());
    assertThat(dummy.matches("")).isFalse();
    assertThat(dummy.matches("correct horse")).isFalse();
  }

  @Test
  void isCurrent_onlyForHashesWithThisHashersCosts() {
    assertThat(hasher.isCurrent(hasher.hash("correct horse"))).isTrue();
    assertThat(hasher.isCurrent(new PasswordHasher(8192, 1, 1).hash("correct horse"))).isFalse();
    assertThat(hasher.isCurrent(new PasswordHasher(4096, 2, 1).hash("correct horse"))).isFalse();
    assertThat(hasher.isCurrent(new PasswordHasher(4096, 1, 2).hash("correct horse"))).isFalse();
    assertThat(hasher.isCurrent("not a hash")).isFalse();
    assertThat(hasher.isCurrent(null)).isFalse();
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

  @Test
  void hashesStoredByEarlierReleases_stillVerify() {
    String ascii = "$argon2id$v=19$m=4096,t=1,p=1$7Fu/vniMWI98XORu/7Pd/A$fkdqN5aUA7EZujwbet+HTOhchJEaLNIe35NTtGOXb2U";
    String unicode = "$argon2id$v=19$m=8192,t=2,p=2$oUKWfpBy/MY8L1KovbKAxg$jRI5vq//N/UO3wsMvXE8uokSCGsPSZ6WpZpaqNXeIdo";
    assertThat(hasher.verify("correct horse", ascii)).isTrue();
    assertThat(hasher.verify("correct horse!", ascii)).isFalse();
    assertThat(hasher.verify("gr\u00fc\u00dfe, \u5bc6\u7801", unicode)).isTrue();
  }

  @Test
  void aStoredHashOutsideTheConfigurableCosts_orNotArgon2idV13_neverMatches() {
    String good = hasher.hash("correct horse");
    assertThat(hasher.verify("correct horse", good.replace("m=4096", "m=2000000"))).isFalse();
    assertThat(hasher.verify("correct horse", good.replace("t=1", "t=99"))).isFalse();
    assertThat(hasher.verify("correct horse", good.replace("v=19", "v=16"))).isFalse();
    assertThat(hasher.verify("correct horse", good.replace("argon2id", "argon2i"))).isFalse();
    assertThat(hasher.verify("correct horse", good.substring(0, good.length() - 1))).isFalse();
    assertThat(hasher.verify("correct horse", good + "=")).isFalse();
    assertThat(hasher.verify("correct horse", null)).isFalse();
  }
}
