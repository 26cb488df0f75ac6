package org.bazaar.recommendations.messaging;

import java.util.function.Supplier;

import io.vertx.core.Future;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.PermanentFailure;

/** Reads an event's payload; one no retry could make readable is a permanent failure (dead-lettered at once). */
final class Payloads {

  private Payloads() {
  }

  static <T> Future<T> read(EventEnvelope event, Supplier<T> reader) {
    try {
      return Future.succeededFuture(reader.get());
    } catch (RuntimeException e) {
      return Future.failedFuture(new PermanentFailure("cannot read the payload of " + event.type() + ": " + e));
    }
  }
}
