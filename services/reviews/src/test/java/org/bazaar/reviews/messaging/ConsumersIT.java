package org.bazaar.reviews.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.reviews.support.ReviewsService.newId;
import static org.bazaar.reviews.support.ReviewsService.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.product.ProductCreated;
import org.bazaar.events.product.ProductDiscontinued;
import org.bazaar.events.common.Money;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestKafka;
import org.bazaar.reviews.support.EventPublisher;
import org.bazaar.reviews.support.ReviewsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConsumersIT {

  private static final String DLQ = Topics.deadLetter("reviews");

  private static ReviewsService reviews;
  private static EventPublisher events;

  @BeforeAll
  static void start() {
    TestKafka.createTopics(List.of(DLQ));
    reviews = ReviewsService.start();
    events = new EventPublisher();
  }

  @AfterAll
  static void stop() {
    events.close();
    reviews.close();
  }

  @Test
  void theSameOrderConfirmedDeliveredTwice_hasOneEffect() {
    String product = events.knownProduct(reviews);
    String user = newId();
    OrderConfirmed order = EventPublisher.confirmed(user, product);
    String eventId = UUID.randomUUID().toString();
    events.publish(order, eventId);
    events.publish(order, eventId);
    // the same event id again, now naming another product: only a second effect could record it
    String other = events.knownProduct(reviews);
    events.publish(new OrderConfirmed(order.orderId(), order.customerId(), EventPublisher.confirmed(user, other)
        .lines(), order.total(), order.confirmedAt()), eventId);
    events.bought(reviews, newId(), product);

    EventPublisher.awaitProcessed(reviews, eventId);
    assertThat(reviews.count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId)).isEqualTo(1);
    assertThat(reviews.count("SELECT count(*) FROM purchases WHERE user_id = $1::uuid", user)).isEqualTo(1);
    assertThat(reviews.post(product, user, review(5, "")).bodyAsJsonObject().getBoolean("verifiedPurchase"))
        .isTrue();
    assertThat(reviews.post(other, user, review(5, "")).bodyAsJsonObject().getBoolean("verifiedPurchase"))
        .isFalse();
  }

  @Test
  void aProductDiscontinuedBeforeItsCreationArrives_staysDiscontinued() {
    UUID product = UUID.randomUUID();
    EventPublisher.awaitProcessed(reviews, events.publish(new ProductDiscontinued(product, "SKU-LATE",
        Instant.now())));
    EventPublisher.awaitProcessed(reviews, events.publish(new ProductCreated(product, "SKU-LATE", "Late", "",
        new Money(100, "EUR"), Instant.now())));
    assertThat(reviews.post(product.toString(), newId(), review(3, "")).statusCode()).isEqualTo(404);
  }

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsStillProcessed() {
    try (TestConsumer dlq = new TestConsumer(DLQ)) {
      String key = UUID.randomUUID().toString();
      events.sendRaw(Topics.ORDER_EVENTS, key, "{\"no\":\"headers\"}");
      events.send(EventTypes.ORDER_CONFIRMED_V1, key, UUID.randomUUID().toString(), "{not json");
      events.send(EventTypes.ORDER_CONFIRMED_V1, key, UUID.randomUUID().toString(),
          new JsonObject().put("orderId", key).encode());
      String product = events.knownProduct(reviews);
      String user = newId();
      OrderConfirmed next = EventPublisher.confirmed(user, product);
      String nextId = events.send(EventTypes.ORDER_CONFIRMED_V1, key, UUID.randomUUID().toString(),
          next.toJson().encode());

      EventPublisher.awaitProcessed(reviews, nextId);
      assertThat(reviews.post(product, user, review(4, "")).bodyAsJsonObject().getBoolean("verifiedPurchase"))
          .isTrue();
      await().atMost(Duration.ofSeconds(30)).until(() -> forKey(dlq, key).size() >= 3);
      assertThat(forKey(dlq, key)).hasSize(3).allSatisfy(r -> {
        assertThat(TestConsumer.header(r, "dlq_reason")).isNotBlank();
        assertThat(TestConsumer.header(r, "dlq_original_topic")).isEqualTo(Topics.ORDER_EVENTS);
        assertThat(TestConsumer.header(r, "dlq_consumer_group")).isEqualTo("reviews");
      });
      assertThat(forKey(dlq, key)).extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("missing header"))
          .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match"));
    }
  }

  private static List<ConsumerRecord<String, String>> forKey(TestConsumer dlq, String key) {
    return dlq.records().stream().filter(r -> key.equals(r.key())).toList();
  }
}
