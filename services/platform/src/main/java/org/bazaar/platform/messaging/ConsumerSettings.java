package org.bazaar.platform.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Consumer settings every Bazaar consumer uses: manual commits, start from the earliest record. */
public final class ConsumerSettings {

  private ConsumerSettings() {
  }

  public static Map<String, String> manualCommit(String bootstrapServers, String group, int maxPollRecords) {
    Map<String, String> config = new HashMap<>();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("group.id", group);
    config.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    config.put("value.deserializer", "io.vertx.kafka.client.serialization.BufferDeserializer");
    config.put("enable.auto.commit", "false");
    config.put("auto.offset.reset", "earliest");
    config.put("max.poll.records", Integer.toString(maxPollRecords));
    config.put("isolation.level", "read_committed");
    return config;
  }

  /** How soon the group gives a crashed consumer's partitions to another (or to its restarted self). */
  public static Map<String, String> liveness(Duration sessionTimeout) {
    long session = sessionTimeout.toMillis();
    return Map.of("session.timeout.ms", Long.toString(session),
        "heartbeat.interval.ms", Long.toString(Math.min(3000, session / 3)));
  }
}
