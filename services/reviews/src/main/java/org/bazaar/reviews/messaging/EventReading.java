package org.bazaar.reviews.messaging;

import java.util.function.Function;

import io.vertx.core.json.JsonObject;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.events.PermanentFailure;

/** Reads an event's typed payload; a payload that cannot be read will never be readable, so it is dead-lettered. */
final class EventReading {

  private EventReading() {
  }

  static <T> T read(EventEnvelope event, Function<JsonObject, T> reader) {
    try {
      return reader.apply(event.data());
    } catch (RuntimeException e) {
      throw new PermanentFailure("cannot read the payload of " + event.type() + ": " + e);
    }
  }
}
