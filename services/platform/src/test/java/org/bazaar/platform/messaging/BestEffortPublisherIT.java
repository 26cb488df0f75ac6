package org.bazaar.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestEnv;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BestEffortPublisherIT {

  private final Vertx vertx = Vertx.vertx();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  void validEvents_arePublishedWithCloudEventsHeaders_keyedAsGiven() {
    BestEffortPublisher publisher = publisher(TestKafka.bootstrapServers(), 100);
    try (TestConsumer consumer = new TestConsumer(Topics.BROWSING_EVENTS)) {
      String user = UUID.randomUUID().toString();
      String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
      for (int i = 0; i < 20; i++) {
        assertThat(publisher.offer(EventTypes.PRODUCT_VIEWED_V1, user, view(user), traceparent)).isTrue();
      }
      await().atMost(Duration.ofSeconds(30)).until(() -> of(consumer, user) == 20);
      ConsumerRecord<String, String> record = consumer.records().stream().filter(r -> user.equals(r.key()))
          .findFirst().orElseThrow();
      assertThat(TestConsumer.header(record, "ce_type")).isEqualTo(EventTypes.PRODUCT_VIEWED_V1);
      assertThat(TestConsumer.header(record, "ce_source")).isEqualTo("/bazaar/test");
      assertThat(TestConsumer.header(record, "ce_specversion")).isEqualTo("1.0");
      assertThat(TestConsumer.header(record, "ce_dataschema"))
          .isEqualTo(EventSchemas.load().dataSchema(EventTypes.PRODUCT_VIEWED_V1));
      assertThat(TestConsumer.header(record, "content-type")).isEqualTo("application/json");
      assertThat(TestConsumer.header(record, "traceparent")).startsWith("00-0af7651916cd43dd8448eb211c80319c-");
      assertThat(new JsonObject(record.value()).getString("userId")).isEqualTo(user);
      assertThat(registry.counter("bazaar.test.published").count()).isEqualTo(20);
    }
    publisher.close().await();
  }

  @Test
  void aPayloadThatDoesNotMatchItsSchema_isRefused_andCounted() {
    BestEffortPublisher publisher = publisher(TestKafka.bootstrapServers(), 10);
    assertThat(publisher.offer(EventTypes.PRODUCT_VIEWED_V1, "k", new JsonObject().put("userId", "not-a-uuid"), null))
        .isFalse();
    assertThat(dropped("invalid")).isEqualTo(1);
    publisher.close().await();
  }

  @Test
  void withKafkaUnreachable_offersReturnAtOnce_andAFullQueueDrops() {
    BestEffortPublisher publisher = publisher("127.0.0.1:" + TestEnv.freePort(), 5);
    String user = UUID.randomUUID().toString();
    long started = System.nanoTime();
    int accepted = 0;
    for (int i = 0; i < 50; i++) {
      if (publisher.offer(EventTypes.PRODUCT_VIEWED_V1, user, view(user), null)) {
        accepted++;
      }
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    assertThat(accepted).isBetween(5, 6);
    assertThat(dropped("queue_full")).isEqualTo(50 - accepted);
    long closing = System.nanoTime();
    publisher.close().await();
    assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(10));
    assertThat(publisher.offer(EventTypes.PRODUCT_VIEWED_V1, user, view(user), null)).isFalse();
  }

  private BestEffortPublisher publisher(String bootstrapServers, int capacity) {
    return new BestEffortPublisher(vertx, "test", "/bazaar/test", Map.of("bootstrap.servers", bootstrapServers),
        capacity, registry);
  }

  private double dropped(String reason) {
    return registry.counter("bazaar.test.dropped", "reason", reason).count();
  }

  private static long of(TestConsumer consumer, String key) {
    return consumer.records().stream().filter(r -> key.equals(r.key())).count();
  }

  private static JsonObject view(String user) {
    return new JsonObject().put("userId", user).put("productId", UUID.randomUUID().toString())
        .put("viewedAt", Instant.now().toString());
  }
}
