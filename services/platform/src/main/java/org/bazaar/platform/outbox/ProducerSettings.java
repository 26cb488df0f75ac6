package org.bazaar.platform.outbox;

import java.util.HashMap;
import java.util.Map;

/** Producer settings every Bazaar publisher uses: idempotent, {@code acks=all}, ordered per partition. */
public final class ProducerSettings {

  private ProducerSettings() {
  }

  public static Map<String, String> idempotent(Map<String, String> base) {
    Map<String, String> config = new HashMap<>(base);
    config.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
    config.put("value.serializer", "io.vertx.kafka.client.serialization.BufferSerializer");
    config.put("enable.idempotence", "true");
    config.put("acks", "all");
    config.put("max.in.flight.requests.per.connection", "5");
    // an event is a step of someone's saga: it goes out at once; records sent while a request is in flight still
    // travel together in the next one
    config.putIfAbsent("linger.ms", "0");
    config.putIfAbsent("delivery.timeout.ms", "30000");
    config.putIfAbsent("request.timeout.ms", "10000");
    config.putIfAbsent("max.block.ms", "10000");
    return config;
  }
}
