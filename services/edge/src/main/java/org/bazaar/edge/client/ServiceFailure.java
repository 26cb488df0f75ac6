package org.bazaar.edge.client;

/** A service answered with a server error; counted by its breaker and never shown to the client as is. */
public final class ServiceFailure extends RuntimeException {

  private final int status;

  public ServiceFailure(String service, int status) {
    super(service + " answered " + status, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
