package org.bazaar.notifications.config;

import java.time.Duration;
import java.util.Locale;

import io.vertx.ext.mail.StartTLSOptions;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;

/**
 * How mails leave: the SMTP server, its transport security and login, the sender address and how long one
 * send may take. The devstack defaults point at the mail sink on 127.0.0.1:2525 without TLS.
 */
public record SmtpConfig(String host, int port, StartTLSOptions startTls, boolean ssl, String username,
    String password, String from, Duration timeout) {

  /** Reads {@code BAZAAR_SMTP_*} and {@code BAZAAR_MAIL_FROM}; a bad value fails start-up with the variable's name. */
  public static SmtpConfig from(Env env) {
    int port = env.integer("BAZAAR_SMTP_PORT", 2525);
    if (port < 1 || port > 65535) {
      throw new ConfigException("BAZAAR_SMTP_PORT must be between 1 and 65535, got " + port);
    }
    String from = env.string("BAZAAR_MAIL_FROM", "shop@bazaar.local");
    if (!from.matches("^[^@\\s<>]+@[^@\\s<>]+$") && !from.matches("^[^<>]*<[^@\\s<>]+@[^@\\s<>]+>$")) {
      throw new ConfigException("BAZAAR_MAIL_FROM must be an address like shop@example.com or "
          + "'Shop <shop@example.com>', got '" + from + "'");
    }
    Duration timeout = env.duration("BAZAAR_SMTP_TIMEOUT", Duration.ofSeconds(10));
    if (timeout.isZero() || timeout.isNegative()) {
      throw new ConfigException("BAZAAR_SMTP_TIMEOUT must be positive");
    }
    return new SmtpConfig(env.string("BAZAAR_SMTP_HOST", "127.0.0.1"), port, startTls(env),
        env.bool("BAZAAR_SMTP_SSL", false), env.string("BAZAAR_SMTP_USERNAME", ""),
        env.string("BAZAAR_SMTP_PASSWORD", ""), from, timeout);
  }

  /** Whether to log in at all: only when a user name is configured. */
  public boolean login() {
    return !username.isEmpty();
  }

  private static StartTLSOptions startTls(Env env) {
    String value = env.string("BAZAAR_SMTP_STARTTLS", "DISABLED");
    try {
      return StartTLSOptions.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("BAZAAR_SMTP_STARTTLS must be DISABLED, OPTIONAL or REQUIRED, got '" + value + "'");
    }
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "SmtpConfig[" + host + ":" + port + ", startTls=" + startTls + ", ssl=" + ssl + ", user="
        + (login() ? username : "-") + ", from=" + from + ", timeout=" + timeout + "]";
  }
}
