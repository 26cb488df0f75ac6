package org.bazaar.notifications.config;

import java.time.Duration;
import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.ServiceConfig;

/**
 * The notifications service's settings: the platform basics (port 8087, consumer group "notifications", ten
 * attempts per event unless {@code BAZAAR_KAFKA_MAX_ATTEMPTS} says otherwise), the SMTP server, and how often mails
 * still PENDING are retried.
 */
public record NotificationsConfig(ServiceConfig service, SmtpConfig smtp, Duration retryInterval,
    Duration retryAfter) {

  public static final String NAME = "notifications";
  public static final int DEFAULT_PORT = 8087;
  /** More patient than the platform's 5 (about 1.5 s): about 21 s for a user.registered still on its way. */
  public static final int DEFAULT_MAX_ATTEMPTS = 10;

  /** Reads and validates every setting; a bad value fails start-up with the variable's name. */
  public static NotificationsConfig from(Env env) {
    Env patient = env.find("BAZAAR_KAFKA_MAX_ATTEMPTS").isPresent() ? env
        : env.with(Map.of("BAZAAR_KAFKA_MAX_ATTEMPTS", Integer.toString(DEFAULT_MAX_ATTEMPTS)));
    NotificationsConfig config = new NotificationsConfig(ServiceConfig.from(patient, NAME, DEFAULT_PORT),
        SmtpConfig.from(env),
        env.duration("BAZAAR_MAIL_RETRY_INTERVAL", Duration.ofSeconds(30)),
        env.duration("BAZAAR_MAIL_RETRY_AFTER", Duration.ofMinutes(1)));
    if (config.retryInterval.isNegative()) {
      throw new ConfigException("BAZAAR_MAIL_RETRY_INTERVAL must not be negative (0 turns the retries off)");
    }
    if (config.retryAfter.isNegative()) {
      throw new ConfigException("BAZAAR_MAIL_RETRY_AFTER must not be negative");
    }
    return config;
  }
}
