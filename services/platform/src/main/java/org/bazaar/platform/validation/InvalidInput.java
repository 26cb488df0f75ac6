package org.bazaar.platform.validation;

import java.util.List;

/**
 * Input that breaks one or more rules; carries every violation found, not just the first. Thrown by domain
 * code; the HTTP failure handler answers it with a 400 problem listing the violations.
 */
public final class InvalidInput extends RuntimeException {

  private final List<Violation> violations;

  public InvalidInput(List<Violation> violations) {
    super("The request has invalid fields.", null, false, false);
    this.violations = List.copyOf(violations);
  }

  public InvalidInput(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
