package org.bazaar.platform.messaging;

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
}
