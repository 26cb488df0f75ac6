package org.bazaar.identity;

import java.security.SecureRandom;

/**
 * Argon2id password hashing (PHC string format, random 16-byte salt, 32-byte hash; see {@link Argon2idHash}).
 * Hashing and checking are deliberately slow and blocking: call them from a worker thread, never from an event
 * loop. A hash's memory is allocated for that hash alone and is garbage once it is done.
 */
public final class PasswordHasher {

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final SecureRandom random = new SecureRandom();
  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final String dummyHash;

  /**
   * Costs: memory in KiB, passes over memory, lanes. Unknown accounts are checked against a hash of these costs
   * that no password matches, so they cost the same work as a wrong password.
   */
  public PasswordHasher(int memoryKib, int iterations, int parallelism) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.dummyHash = Argon2idHash.unmatchable(memoryKib, iterations, parallelism, SALT_BYTES, HASH_BYTES, random)
        .encoded();
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return Argon2idHash.of(password, memoryKib, iterations, parallelism, salt, HASH_BYTES).encoded();
  }

  /** Checks a password against a stored hash, using the cost parameters recorded in that hash. */
  public boolean verify(String password, String storedHash) {
    try {
      return Argon2idHash.parse(storedHash).matches(password);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /**
   * Whether a stored hash was made with this hasher's costs; one made with other costs (an earlier default, or
   * before an operator changed them) is worth replacing once its password is known.
   */
  public boolean isCurrent(String storedHash) {
    try {
      return Argon2idHash.parse(storedHash).hasCosts(memoryKib, iterations, parallelism);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /**
   * Checks a password against the stored hash of an account, or, when there is no account, spends the same
   * work on a dummy hash and answers false, so the answer time does not tell whether the account exists.
   */
  public boolean verifyOrWaste(String password, String storedHashOrNull) {
    boolean matches = verify(password, storedHashOrNull == null ? dummyHash : storedHashOrNull);
    return storedHashOrNull != null && matches;
  }
}
