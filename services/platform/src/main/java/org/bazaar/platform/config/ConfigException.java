package org.bazaar.platform.config;

/** A setting is missing or malformed; the service refuses to start and says which one. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
