package org.bazaar.events;

import java.util.List;

/**
 * The outcome of validating one payload against its schema: valid, or the readable errors
 * ({@code "<instance location>: <message>"}, e.g. {@code "/total/amount: -5 is less than 0"}).
 */
public record SchemaVerdict(boolean valid, List<String> errors) {

  public SchemaVerdict {
    errors = List.copyOf(errors);
  }

  static SchemaVerdict ok() {
    return new SchemaVerdict(true, List.of());
  }

  static SchemaVerdict invalid(List<String> errors) {
    return new SchemaVerdict(false, errors);
  }
}
