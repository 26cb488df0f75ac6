package org.bazaar.platform.config;

import java.time.Duration;

/** How a service reaches Kafka and how its consumers retry before dead-lettering. */
public record KafkaConfig(String bootstrapServers, int maxAttempts, Duration firstBackoff, Duration maxBackoff,
    int maxPollRecords, Duration sessionTimeout, Duration commitInterval) {

  /**
   * {@code BAZAAR_KAFKA_BOOTSTRAP_SERVERS}, {@code BAZAAR_KAFKA_MAX_ATTEMPTS}, {@code BAZAAR_KAFKA_BACKOFF_FIRST/MAX},
   * {@code BAZAAR_KAFKA_MAX_POLL_RECORDS}, {@code BAZAAR_KAFKA_SESSION_TIMEOUT} (how long a crashed consumer keeps
   * its partitions; Kafka's default 45s), {@code BAZAAR_KAFKA_COMMIT_INTERVAL} (how often a busy consumer commits
   * the offsets it has finished; an idle one commits at once; 0 commits after every batch).
   */
  public static KafkaConfig from(Env env) {
    KafkaConfig config = new KafkaConfig(
        env.string("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
        env.integer("BAZAAR_KAFKA_MAX_ATTEMPTS", 5),
        env.duration("BAZAAR_KAFKA_BACKOFF_FIRST", Duration.ofMillis(100)),
        env.duration("BAZAAR_KAFKA_BACKOFF_MAX", Duration.ofSeconds(5)),
        env.integer("BAZAAR_KAFKA_MAX_POLL_RECORDS", 200),
        env.duration("BAZAAR_KAFKA_SESSION_TIMEOUT", Duration.ofSeconds(45)),
        env.duration("BAZAAR_KAFKA_COMMIT_INTERVAL", Duration.ofSeconds(1)));
    if (config.maxPollRecords < 1) {
      throw new ConfigException("BAZAAR_KAFKA_MAX_POLL_RECORDS must be at least 1");
    }
    if (config.commitInterval.isNegative()) {
      throw new ConfigException("BAZAAR_KAFKA_COMMIT_INTERVAL must not be negative");
    }
    if (config.maxAttempts < 1) {
      throw new ConfigException("BAZAAR_KAFKA_MAX_ATTEMPTS must be at least 1");
    }
    return config;
  }
}
