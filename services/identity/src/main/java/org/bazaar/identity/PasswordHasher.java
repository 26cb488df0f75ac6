package org.bazaar.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashing (PHC string format, random 16-byte salt). Every method is deliberately slow
 * and blocking: call it from a worker thread, never from an event loop.
 */
public final class PasswordHasher {

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final Argon2Function argon2;
  private final String dummyHash;

  /** Costs: memory in KiB, passes over memory, lanes. Builds a throw-away hash used for unknown accounts. */
  public PasswordHasher(int memoryKib, int iterations, int parallelism) {
    this.argon2 = Argon2Function.getInstance(memoryKib, iterations, parallelism, HASH_BYTES, Argon2.ID,
        Argon2Function.ARGON2_VERSION_13);
    this.dummyHash = hash("no account has this password " + System.nanoTime());
  }

  public String hash(String password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult();
  }

  /** Checks a password against a stored hash, using the cost parameters recorded in that hash. */
  public boolean verify(String password, String storedHash) {
    try {
      return Argon2Function.getInstanceFromHash(storedHash).check(password, storedHash);
    } catch (RuntimeException malformed) {
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
