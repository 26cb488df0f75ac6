package org.bazaar.identity;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;

/**
 * Runs a {@link PasswordHasher}'s slow work on its own worker pool of a fixed size, shared by the process's
 * identity instances. Each hash holds its memory cost (7 MiB by default) while it runs, so the pool size bounds
 * what a burst of sign-ins can take; more threads than cores would not hash any faster. Requests beyond it wait.
 */
public final class PasswordHashing {

  static final String POOL = "bazaar-password-hashing";

  private final PasswordHasher hasher;
  private final WorkerExecutor pool;

  private PasswordHashing(PasswordHasher hasher, WorkerExecutor pool) {
    this.hasher = hasher;
    this.pool = pool;
  }

  /** Builds the hasher (its random source may block while it seeds) on a pool of {@code concurrency}. */
  public static Future<PasswordHashing> start(Vertx vertx, int memoryKib, int iterations, int parallelism,
      int concurrency) {
    WorkerExecutor pool = vertx.createSharedWorkerExecutor(POOL, concurrency);
    return pool.executeBlocking(() -> new PasswordHasher(memoryKib, iterations, parallelism), false)
        .map(hasher -> new PasswordHashing(hasher, pool))
        .onFailure(failure -> pool.close());
  }

  public Future<String> hash(String password) {
    return pool.executeBlocking(() -> hasher.hash(password), false);
  }

  /** See {@link PasswordHasher#verifyOrWaste}: as slow for an unknown account as for a wrong password. */
  public Future<Boolean> verifyOrWaste(String password, String storedHash) {
    return pool.executeBlocking(() -> hasher.verifyOrWaste(password, storedHash), false);
  }

  /** See {@link PasswordHasher#isCurrent}; cheap, callable on an event loop. */
  public boolean isCurrent(String storedHash) {
    return hasher.isCurrent(storedHash);
  }

  public Future<Void> close() {
    return pool.close();
  }
}
