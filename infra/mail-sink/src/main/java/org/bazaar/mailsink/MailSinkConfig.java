package org.bazaar.mailsink;

import java.util.Map;

/** Where the stand-alone mail sink listens: {@code BAZAAR_MAIL_SINK_HOST} and {@code BAZAAR_MAIL_SINK_PORT}. */
public record MailSinkConfig(String host, int port) {

  public static final int DEFAULT_PORT = 2525;

  public MailSinkConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("BAZAAR_MAIL_SINK_HOST must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("BAZAAR_MAIL_SINK_PORT must be between 0 and 65535, got " + port);
    }
  }

  /** Reads the variables from {@code env} (e.g. {@code System.getenv()}); defaults 127.0.0.1 and 2525. */
  public static MailSinkConfig from(Map<String, String> env) {
    String host = value(env, "BAZAAR_MAIL_SINK_HOST", MailSink.DEFAULT_HOST);
    String port = value(env, "BAZAAR_MAIL_SINK_PORT", Integer.toString(DEFAULT_PORT));
    try {
      return new MailSinkConfig(host, Integer.parseInt(port));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("BAZAAR_MAIL_SINK_PORT must be a whole number, got '" + port + "'");
    }
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
