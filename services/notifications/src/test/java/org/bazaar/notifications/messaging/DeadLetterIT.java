package org.bazaar.notifications.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.notifications.support.EventPublisher.newEventId;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.mailsink.MailSink;
import org.bazaar.notifications.support.EventPublisher;
import org.bazaar.notifications.support.NotificationsService;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeadLetterIT {

  private static final String DLQ = Topics.deadLetter("notifications");

  private static MailSink sink;
  private static NotificationsService notifications;
  private static EventPublisher events;

  @BeforeAll
  static void start() {
    TestKafka.createTopics(List.of(DLQ));
    sink = MailSink.start(0);
    notifications = NotificationsService.start(sink.port(), Map.of());
    events = new EventPublisher();
  }

  @AfterAll
  static void stop() {
    events.close();
    notifications.close();
    sink.close();
  }

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsStillProcessed() {
    try (TestConsumer dlq = new TestConsumer(DLQ)) {
      UUID user = UUID.randomUUID();
      String email = "dlq-" + user + "@example.com";
      String userKey = user.toString();
      events.sendRaw(Topics.USER_EVENTS, userKey, "{not json");
      events.send(EventTypes.USER_REGISTERED_V1, userKey, newEventId(), "[1, 2]");
      events.userRegistered(newEventId(), user, email, "Poison Ivy");

      UUID order = UUID.randomUUID();
      String key = order.toString();
      events.sendRaw(Topics.ORDER_EVENTS, key, "{not json");
      events.send(EventTypes.ORDER_CONFIRMED_V1, key, newEventId(), "{not json");
      events.send(EventTypes.ORDER_CONFIRMED_V1, key, newEventId(), new JsonObject().put("orderId", key).encode());
      String stranger = events.orderConfirmed(newEventId(), order, UUID.randomUUID());
      String good = events.orderConfirmed(newEventId(), order, user);

      await().atMost(Duration.ofSeconds(60)).until(() -> sink.messagesTo(email).stream()
          .anyMatch(m -> m.messageId().equals("<" + good + "@bazaar.local>")));
      await().atMost(Duration.ofSeconds(60))
          .until(() -> forKey(dlq, key).size() >= 4 && forKey(dlq, userKey).size() >= 2);
      assertThat(forKey(dlq, key)).hasSize(4).allSatisfy(r -> {
        assertThat(TestConsumer.header(r, "dlq_original_topic")).isEqualTo(Topics.ORDER_EVENTS);
        assertThat(TestConsumer.header(r, "dlq_consumer_group")).isEqualTo("notifications");
      });
      assertThat(forKey(dlq, key)).extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("missing header"))
          .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match"))
          .anySatisfy(reason -> assertThat(reason).contains("no user.registered seen yet"));
      assertThat(forKey(dlq, key)).filteredOn(r -> stranger.equals(TestConsumer.header(r, "ce_id"))).singleElement()
          .satisfies(r -> assertThat(TestConsumer.header(r, "dlq_attempts")).isEqualTo("3"));
      assertThat(forKey(dlq, userKey)).hasSize(2)
          .allSatisfy(r -> assertThat(TestConsumer.header(r, "dlq_original_topic")).isEqualTo(Topics.USER_EVENTS));
      assertThat(notifications.sentMail(stranger)).isEmpty();
    }
  }

  private static List<ConsumerRecord<String, String>> forKey(TestConsumer dlq, String key) {
    return dlq.records().stream().filter(r -> key.equals(r.key())).toList();
  }
}
