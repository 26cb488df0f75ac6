package org.bazaar.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * One Argon2id hash (version 1.3) in the PHC string format,
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} with unpadded standard Base64. A stored
 * string is read only within the costs identity accepts in its configuration, so a stored hash cannot ask for
 * more memory or time than an operator could configure.
 */
public final class Argon2idHash {

  public static final int MIN_MEMORY_KIB = 4096;
  public static final int MAX_MEMORY_KIB = 1_048_576;
  public static final int MAX_ITERATIONS = 20;
  public static final int MAX_PARALLELISM = 16;

  private static final Pattern PHC = Pattern.compile(
      "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final byte[] salt;
  private final byte[] hash;

  private Argon2idHash(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.salt = salt;
    this.hash = hash;
  }

  /** Hashes a password (its UTF-8 bytes) with these costs and salt into {@code length} bytes. */
  static Argon2idHash of(String password, int memoryKib, int iterations, int parallelism, byte[] salt, int length) {
    checkCosts(memoryKib, iterations, parallelism);
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
        .withMemoryAsKB(memoryKib)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .withSalt(salt)
        .build());
    byte[] hash = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
    return new Argon2idHash(memoryKib, iterations, parallelism, salt.clone(), hash);
  }

  /**
   * A well-formed hash with these costs, a random salt and random hash bytes: checking a password against it
   * takes the work of a real one, and no password matches it (but for a 2^-256 chance).
   */
  static Argon2idHash unmatchable(int memoryKib, int iterations, int parallelism, int saltLength, int length,
      SecureRandom random) {
    checkCosts(memoryKib, iterations, parallelism);
    byte[] salt = new byte[saltLength];
    byte[] hash = new byte[length];
    random.nextBytes(salt);
    random.nextBytes(hash);
    return new Argon2idHash(memoryKib, iterations, parallelism, salt, hash);
  }

  /** Reads a PHC string; a malformed one, or one with costs out of bounds, is an IllegalArgumentException. */
  static Argon2idHash parse(String phc) {
    Matcher parts = phc == null ? null : PHC.matcher(phc);
    if (parts == null || !parts.matches()) {
      throw new IllegalArgumentException("not an Argon2id v1.3 PHC string");
    }
    int memoryKib = Integer.parseInt(parts.group(1));
    int iterations = Integer.parseInt(parts.group(2));
    int parallelism = Integer.parseInt(parts.group(3));
    checkCosts(memoryKib, iterations, parallelism);
    return new Argon2idHash(memoryKib, iterations, parallelism, DECODER.decode(parts.group(4)),
        DECODER.decode(parts.group(5)));
  }

  /** Whether the password hashes to this hash with this hash's own costs and salt, compared in constant time. */
  boolean matches(String password) {
    return MessageDigest.isEqual(hash, of(password, memoryKib, iterations, parallelism, salt, hash.length).hash);
  }

  /** Whether this hash was made with exactly these costs. */
  boolean hasCosts(int memoryKib, int iterations, int parallelism) {
    return this.memoryKib == memoryKib && this.iterations == iterations && this.parallelism == parallelism;
  }

  String encoded() {
    return "$argon2id$v=19$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
        + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
  }

  private static void checkCosts(int memoryKib, int iterations, int parallelism) {
    if (memoryKib < MIN_MEMORY_KIB || memoryKib > MAX_MEMORY_KIB || iterations < 1 || iterations > MAX_ITERATIONS
        || parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException("Argon2id costs out of bounds: m=" + memoryKib + ", t=" + iterations
          + ", p=" + parallelism);
    }
  }
}
