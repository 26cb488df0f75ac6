package org.bazaar.events;

import io.vertx.core.json.JsonObject;

/** A typed event payload: knows its CloudEvents type, its Kafka key and its JSON form. */
public interface EventPayload {

  /** The CloudEvents {@code type}, one of {@link EventTypes}. */
  String type();

  /** The Kafka record key: the id of the aggregate the event belongs to. */
  String key();

  /** The payload as JSON that validates against the type's schema. */
  JsonObject toJson();
}
