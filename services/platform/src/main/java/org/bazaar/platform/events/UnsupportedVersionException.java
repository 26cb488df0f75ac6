package org.bazaar.platform.events;

/** A consumed record is a CloudEvent of a spec version this reader does not know; it is dead-lettered. */
public class UnsupportedVersionException extends MalformedEventException {
  public UnsupportedVersionException(String message) {
    super(message);
  }
}
