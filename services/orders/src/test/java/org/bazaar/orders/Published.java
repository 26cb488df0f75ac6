package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.bazaar.events.EventSchemas;
import org.bazaar.platform.testing.TestConsumer;

/** Reads what the orders service published: payloads of one type for one order, each checked against its schema. */
final class Published {

  private Published() {
  }

  static List<JsonObject> events(TestConsumer consumer, String type, UUID order) {
    return consumer.records().stream()
        .filter(r -> order.toString().equals(r.key()) && type.equals(TestConsumer.header(r, "ce_type")))
        .map(r -> {
          JsonObject payload = new JsonObject(r.value());
          assertThat(EventSchemas.load().validate(type, payload).errors()).as(type).isEmpty();
          return payload;
        })
        .toList();
  }

  /** Waits for the first such event and answers its payload. */
  static JsonObject awaitOne(TestConsumer consumer, String type, UUID order) {
    await().atMost(Duration.ofSeconds(60)).until(() -> !events(consumer, type, order).isEmpty());
    return events(consumer, type, order).get(0);
  }
}
