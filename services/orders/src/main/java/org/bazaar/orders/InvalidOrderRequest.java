package org.bazaar.orders;

import java.util.List;

/** A request to place an order is malformed; carries every invalid field (a 400 for the client). */
public final class InvalidOrderRequest extends RuntimeException {

  private final List<Violation> violations;

  public InvalidOrderRequest(List<Violation> violations) {
    super("invalid order request: " + violations, null, false, false);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
