package org.bazaar.platform.messaging;

import java.util.Locale;

import org.bazaar.platform.events.MalformedEventException;
import org.bazaar.platform.events.UnsupportedVersionException;

/** Why a record went to the dead-letter topic; the {@code reason} tag of {@code bazaar_events_dead_lettered_total}. */
enum DeadLetterReason {
  /** Not a CloudEvent Bazaar can read: headers missing, value not JSON. */
  MALFORMED,
  /** A handled type whose payload does not match its schema. */
  INVALID,
  /** A type that is not a Bazaar event type at all. */
  UNKNOWN_TYPE,
  /** A CloudEvents spec version, or an event type version, this consumer has no schema for. */
  UNSUPPORTED_VERSION,
  /** The handler kept failing until the attempts ran out. */
  EXHAUSTED,
  /** The handler said retrying cannot help. */
  PERMANENT;

  static DeadLetterReason of(MalformedEventException e) {
    return e instanceof UnsupportedVersionException ? UNSUPPORTED_VERSION : MALFORMED;
  }

  String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
