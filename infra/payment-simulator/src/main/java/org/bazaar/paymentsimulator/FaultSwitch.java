package org.bazaar.paymentsimulator;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** The fault mode in force, switched at run time; it starts {@link FaultMode#healthy()}. */
public final class FaultSwitch {

  private FaultMode mode = FaultMode.healthy();
  private Instant since = Instant.now();

  public synchronized FaultMode mode() {
    return mode;
  }

  /** When the mode in force was set. */
  public synchronized Instant since() {
    return since;
  }

  public synchronized void set(FaultMode newMode) {
    mode = newMode;
    since = Instant.now();
  }

  /** Whether one charge attempt under {@code mode} should fail (each attempt draws on its own). */
  public static boolean fails(FaultMode mode) {
    return mode.kind() == FaultMode.Kind.FAILING
        && (mode.failureRate() >= 1 || ThreadLocalRandom.current().nextDouble() < mode.failureRate());
  }
}
