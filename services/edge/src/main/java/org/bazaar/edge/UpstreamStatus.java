package org.bazaar.edge;

/** What the client is told when a service answers with a given status. */
public final class UpstreamStatus {

  private UpstreamStatus() {
  }

  /** Success and client errors pass through; a service's own failure becomes 502, its unavailability 503. */
  public static int toPublic(int serviceStatus) {
    if (serviceStatus < 500) {
      return serviceStatus;
    }
    return serviceStatus == 503 || serviceStatus == 504 ? 503 : 502;
  }

  /** Whether a service answer counts as a failure of that service (for its circuit breaker). */
  public static boolean isServiceFailure(int serviceStatus) {
    return serviceStatus >= 500;
  }
}
