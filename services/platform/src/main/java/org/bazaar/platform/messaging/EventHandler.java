package org.bazaar.platform.messaging;

import io.vertx.core.Future;
import org.bazaar.platform.events.EventEnvelope;

/** Handles one event type; a failed future means "retry", a {@code PermanentFailure} means "dead-letter now". */
@FunctionalInterface
public interface EventHandler {
  Future<Void> handle(EventEnvelope event);
}
