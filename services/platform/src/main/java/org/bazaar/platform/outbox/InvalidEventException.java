package org.bazaar.platform.outbox;

import java.util.List;

/** A service tried to publish a payload its schema rejects; the surrounding transaction fails. */
public final class InvalidEventException extends IllegalStateException {
  public InvalidEventException(String type, List<String> errors) {
    super("refusing to publish an invalid " + type + ": " + String.join("; ", errors));
  }
}
