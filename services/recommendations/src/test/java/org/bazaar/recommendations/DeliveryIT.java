package org.bazaar.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.product.ProductViewed;
import org.bazaar.platform.testing.TestConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeliveryIT {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String PAIR_COUNT = "SELECT count FROM co_purchases WHERE product_a = $1 AND product_b = $2";
  private static TestRecommendations service;

  @BeforeAll
  static void start() {
    service = TestRecommendations.start();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  @Test
  void theSameConfirmedOrderDeliveredTwice_countsOnce() {
    UUID mug = service.product("Mug");
    UUID tee = service.product("Tee");
    OrderConfirmed order = TestRecommendations.confirmed(mug, tee);
    String eventId = UUID.randomUUID().toString();
    int partition = service.publish(eventId, order);
    service.publish(eventId, order);
    service.publishOn(partition, marker());
    UUID cap = service.product("Cap");
    service.publishOn(partition, TestRecommendations.confirmed(mug, cap));

    await().atMost(PATIENCE).until(() -> service.recommendations(mug).size() == 2);
    assertThat(service.count(PAIR_COUNT, mug, tee)).isEqualTo(1L);
    assertThat(service.count(PAIR_COUNT, tee, mug)).isEqualTo(1L);
    assertThat(service.count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId)).isEqualTo(1L);
  }

  @Test
  void aConfirmedOrderOfOneProduct_pairsNothing_andWritesNothing() {
    UUID mug = service.product("Mug");
    String single = UUID.randomUUID().toString();
    int partition = service.publish(single, TestRecommendations.confirmed(mug));
    UUID tee = service.product("Tee");
    service.publishOn(partition, TestRecommendations.confirmed(mug, tee));

    await().atMost(PATIENCE).until(() -> service.recommendations(mug).size() == 1);
    assertThat(service.count("SELECT count(*) FROM inbox WHERE event_id = $1", single)).isZero();
  }

  @Test
  void theSameViewDeliveredTwice_isOneHistoryEntry() {
    UUID user = UUID.randomUUID();
    UUID mug = service.product("Mug");
    String eventId = UUID.randomUUID().toString();
    ProductViewed view = new ProductViewed(user, mug, Instant.now());
    service.publish(eventId, view);
    service.publish(eventId, view);
    UUID tee = service.product("Tee");
    service.view(user, tee, Instant.now().plusSeconds(1));

    await().atMost(PATIENCE).until(() -> service.history(user).size() == 2);
    assertThat(service.history(user)).containsExactly(tee.toString(), mug.toString());
    assertThat(service.count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId)).isEqualTo(1L);
  }

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsStillProcessed() {
    try (TestConsumer dlq = new TestConsumer(Topics.deadLetter(TestRecommendations.NAME))) {
      String key = UUID.randomUUID().toString();
      service.send(EventTypes.ORDER_CONFIRMED_V1, key, UUID.randomUUID().toString(),
          "{\"orderId\":\"not-a-uuid\",\"lines\":[]}");
      service.send(EventTypes.ORDER_CONFIRMED_V1, key, UUID.randomUUID().toString(), "{not json");
      service.sendWithoutHeaders(Topics.ORDER_EVENTS, key, "{\"no\":\"headers\"}");
      service.send(EventTypes.PRODUCT_VIEWED_V1, key, UUID.randomUUID().toString(),
          "{\"userId\":\"" + key + "\",\"productId\":\"x\"}");

      // the next messages on the same partitions still take effect
      UUID mug = service.product("Mug");
      UUID tee = service.product("Tee");
      OrderConfirmed next = TestRecommendations.confirmed(mug, tee);
      service.send(next.type(), key, UUID.randomUUID().toString(), next.toJson().encode());
      UUID user = UUID.fromString(key);
      service.view(user, mug, Instant.now());
      await().atMost(PATIENCE).until(() -> service.recommendations(mug).equals(List.of(tee.toString())));
      await().atMost(PATIENCE).until(() -> service.history(user).equals(List.of(mug.toString())));

      await().atMost(PATIENCE).until(() -> poison(dlq, key).size() >= 4);
      assertThat(poison(dlq, key)).hasSize(4).allSatisfy(r -> {
        assertThat(TestConsumer.header(r, "dlq_reason")).isNotBlank();
        assertThat(TestConsumer.header(r, "dlq_consumer_group")).isEqualTo(TestRecommendations.NAME);
      }).extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match").contains(EventTypes.ORDER_CONFIRMED_V1))
          .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
          .anySatisfy(reason -> assertThat(reason).contains("missing header"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match").contains(EventTypes.PRODUCT_VIEWED_V1));
      assertThat(poison(dlq, key)).extracting(r -> TestConsumer.header(r, "dlq_original_topic"))
          .containsOnly(Topics.ORDER_EVENTS, Topics.BROWSING_EVENTS);
    }
  }

  private static List<ConsumerRecord<String, String>> poison(TestConsumer dlq, String key) {
    return dlq.records().stream().filter(r -> key.equals(r.key())).toList();
  }

  /** An order of one product: it counts no pair, it only marks a place in the partition. */
  private static OrderConfirmed marker() {
    return TestRecommendations.confirmed(UUID.randomUUID());
  }
}
