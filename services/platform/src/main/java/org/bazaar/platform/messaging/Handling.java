package org.bazaar.platform.messaging;

/** The event type one record's metrics are tagged with, and when its handling began. */
record Handling(String type, long startedNanos) {

  static Handling of(String type) {
    return new Handling(type, System.nanoTime());
  }

  Handling as(String eventType) {
    return new Handling(eventType, startedNanos);
  }
}
