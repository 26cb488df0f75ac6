package org.bazaar.devstack;

import java.util.HashMap;
import java.util.Map;

import org.bazaar.platform.security.JwtKeys;

/** The {@code BAZAAR_*} settings the devstack gives one service: its port, database, Kafka, keys and peers. */
final class ServiceEnvironment {

  private final DevstackSettings settings;
  private final String bootstrapServers;
  private final JwtKeys.Pem keys;
  private final String simulatorUrl;
  private final int smtpPort;

  ServiceEnvironment(DevstackSettings settings, String bootstrapServers, JwtKeys.Pem keys, String simulatorUrl,
      int smtpPort) {
    this.settings = settings;
    this.bootstrapServers = bootstrapServers;
    this.keys = keys;
    this.simulatorUrl = simulatorUrl;
    this.smtpPort = smtpPort;
  }

  Map<String, String> of(ServiceSpec spec) {
    Map<String, String> env = new HashMap<>();
    env.put("BAZAAR_HTTP_HOST", "127.0.0.1");
    env.put("BAZAAR_HTTP_PORT", Integer.toString(settings.port(spec.port())));
    env.put("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
    if (spec.ownsDatabase()) {
      env.put("BAZAAR_PG_HOST", settings.pgHost());
      env.put("BAZAAR_PG_PORT", Integer.toString(settings.pgPort()));
      env.put("BAZAAR_PG_DATABASE", settings.database(spec.name()));
      env.put("BAZAAR_PG_USER", settings.database(spec.name()));
      env.put("BAZAAR_PG_PASSWORD", settings.database(spec.name()));
    }
    env.put("BAZAAR_JWT_PUBLIC_KEY", keys.publicKey());
    switch (spec.name()) {
      case "identity" -> {
        env.put("BAZAAR_JWT_PRIVATE_KEY", keys.privateKey());
        env.put("BAZAAR_ADMIN_EMAIL", settings.adminEmail());
        env.put("BAZAAR_ADMIN_PASSWORD", settings.adminPassword());
      }
      case "payments" -> {
        env.put("BAZAAR_PAYMENT_PROVIDER_URL", simulatorUrl);
        // a slow provider holds a record for seconds: small polls keep the consumer well inside its poll interval
        env.put("BAZAAR_KAFKA_MAX_POLL_RECORDS", "20");
      }
      case "notifications" -> {
        env.put("BAZAAR_SMTP_HOST", "127.0.0.1");
        env.put("BAZAAR_SMTP_PORT", Integer.toString(smtpPort));
      }
      default -> { }
    }
    for (ServiceSpec other : Services.ALL) {
      env.put("BAZAAR_SERVICE_" + other.name().toUpperCase() + "_URL",
          "http://127.0.0.1:" + settings.port(other.port()));
    }
    env.putAll(settings.extra());
    return env;
  }
}
