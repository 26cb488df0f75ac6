package org.bazaar.platform.events;

/**
 * Thrown by an event handler when retrying cannot help (the event contradicts this service's state in a
 * way only an operator can resolve); the consumer dead-letters the event at once.
 */
public class PermanentFailure extends RuntimeException {
  public PermanentFailure(String message) {
    super(message);
  }
}
