package org.bazaar.platform.events;

/** A consumed record is not a valid Bazaar event; it goes to the dead-letter topic without retries. */
public class MalformedEventException extends RuntimeException {
  public MalformedEventException(String message) {
    super(message);
  }
}
