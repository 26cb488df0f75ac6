package org.bazaar.notifications.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.notifications.support.EventPublisher.newEventId;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.vertx.sqlclient.Tuple;
import org.bazaar.events.EventTypes;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.mailsink.MailSink;
import org.bazaar.mailsink.ReceivedMail;
import org.bazaar.notifications.support.EventPublisher;
import org.bazaar.notifications.support.NotificationsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MailsIT {

  private static MailSink sink;
  private static NotificationsService notifications;
  private static EventPublisher events;

  @BeforeAll
  static void start() {
    sink = MailSink.start(0);
    // the periodic retry stays off: here only redelivered events may send a pending mail
    notifications = NotificationsService.start(sink.port(), Map.of("BAZAAR_MAIL_RETRY_INTERVAL", "0",
        "BAZAAR_KAFKA_MAX_ATTEMPTS", "20", "BAZAAR_KAFKA_BACKOFF_MAX", "500ms"));
    events = new EventPublisher();
  }

  @AfterAll
  static void stop() {
    events.close();
    notifications.close();
    sink.close();
  }

  @Test
  void welcome_confirmation_andCancellation_reachTheCustomer_withTheirContent() {
    UUID user = UUID.randomUUID();
    String email = freshEmail();
    String welcome = events.userRegistered(newEventId(), user, email, "Ada Lovelace");
    await().atMost(Duration.ofSeconds(60)).until(() -> notifications.processed(welcome));
    UUID confirmedOrder = UUID.randomUUID();
    UUID cancelledOrder = UUID.randomUUID();
    String confirmed = events.orderConfirmed(newEventId(), confirmedOrder, user);
    String cancelled = events.orderCancelled(newEventId(), cancelledOrder, user, CancellationReason.OUT_OF_STOCK);

    await().atMost(Duration.ofSeconds(60)).until(() -> sink.messagesTo(email).size() == 3);
    assertThat(sink.messagesTo(email)).allSatisfy(mail -> {
      assertThat(mail.from()).isEqualTo("shop@bazaar.local");
      assertThat(mail.to()).containsExactly(email);
    });
    ReceivedMail welcomeMail = byMessageId(email, welcome);
    assertThat(welcomeMail.subject()).isEqualTo("Welcome to Bazaar, Ada Lovelace");
    assertThat(welcomeMail.text()).startsWith("Hello Ada Lovelace,").contains(email);
    ReceivedMail confirmation = byMessageId(email, confirmed);
    assertThat(confirmation.subject()).isEqualTo("Your Bazaar order is confirmed");
    assertThat(confirmation.text()).contains("Order number: " + confirmedOrder)
        .contains("2 x Blue mug (MUG-1) at 9.90 EUR = 19.80 EUR", "1 x Tea (TEA-7) at 4.50 EUR = 4.50 EUR")
        .contains("Total: 24.30 EUR");
    ReceivedMail cancellation = byMessageId(email, cancelled);
    assertThat(cancellation.subject()).isEqualTo("Your Bazaar order was cancelled");
    assertThat(cancellation.text()).contains("your order " + cancelledOrder + " was cancelled")
        .contains("out of stock").contains("No payment was taken.").contains("Total: 24.30 EUR");

    for (String eventId : List.of(welcome, confirmed, cancelled)) {
      assertThat(notifications.sentMail(eventId)).hasValueSatisfying(row -> {
        assertThat(row.status()).isEqualTo("SENT");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.recipient()).isEqualTo(email);
      });
    }
  }

  @Test
  void paymentCancellations_explainTheirReason() {
    UUID user = registered();
    String email = emailOf(user);
    String declined = events.orderCancelled(newEventId(), UUID.randomUUID(), user, CancellationReason.PAYMENT_DECLINED);
    String unavailable = events.orderCancelled(newEventId(), UUID.randomUUID(), user,
        CancellationReason.PAYMENT_UNAVAILABLE);

    await().atMost(Duration.ofSeconds(60)).until(() -> sink.messagesTo(email).size() == 3);
    assertThat(byMessageId(email, declined).text()).contains("payment was declined").contains("No payment was taken.");
    assertThat(byMessageId(email, unavailable).text()).contains("could not reach our payment provider")
        .contains("pending amount");
  }

  @Test
  void redeliveredEvents_sendNoSecondMail() {
    UUID user = UUID.randomUUID();
    String email = freshEmail();
    UUID order = UUID.randomUUID();
    String welcome = events.userRegistered(newEventId(), user, email, "Grace");
    await().atMost(Duration.ofSeconds(60)).until(() -> notifications.processed(welcome));
    String confirmed = events.orderConfirmed(newEventId(), order, user);
    String cancelled = events.orderCancelled(newEventId(), order, user, CancellationReason.PAYMENT_DECLINED);
    await().atMost(Duration.ofSeconds(60)).until(() -> sink.messagesTo(email).size() == 3);

    events.userRegistered(welcome, user, email, "Grace");
    events.orderConfirmed(confirmed, order, user);
    events.orderCancelled(cancelled, order, user, CancellationReason.PAYMENT_DECLINED);
    // later events on the same partitions: once they took effect, the duplicates before them have been handled
    String userMarker = events.userRegistered(newEventId(), user, email, "Grace");
    String orderMarker = events.orderConfirmed(newEventId(), order, user);
    await().atMost(Duration.ofSeconds(60)).until(() -> notifications.processed(userMarker)
        && sink.messagesTo(email).stream().anyMatch(m -> m.messageId().equals(messageId(orderMarker))));

    assertThat(sink.messagesTo(email)).extracting(ReceivedMail::messageId).containsExactly(
        messageId(welcome), messageId(confirmed), messageId(cancelled), messageId(orderMarker));
    assertThat(notifications.sentMail(userMarker)).as("a second registration of a known user").isEmpty();
  }

  @Test
  void aMailLeftPendingByACrash_isSentWhenItsEventComesAgain() {
    UUID user = registered();
    String email = emailOf(user);
    UUID order = UUID.randomUUID();
    String eventId = newEventId();
    // what a crash after the claim's commit and before the SMTP send leaves behind
    notifications.execute("INSERT INTO inbox (consumer, event_id, type) VALUES ('notifications', $1, $2)",
        Tuple.of(eventId, EventTypes.ORDER_CONFIRMED_V1));
    notifications.execute("INSERT INTO sent_mails (event_id, kind, reference, recipient, subject, body, message_id) "
        + "VALUES ($1, 'ORDER_CONFIRMED', $2, $3, 'Your Bazaar order is confirmed', 'as claimed before the crash', $4)",
        Tuple.of(eventId, order.toString(), email, messageId(eventId)));

    events.orderConfirmed(eventId, order, user);

    await().atMost(Duration.ofSeconds(60)).until(() -> sink.messagesTo(email).size() == 2);
    assertThat(byMessageId(email, eventId).text()).isEqualTo("as claimed before the crash");
    assertThat(notifications.sentMail(eventId)).hasValueSatisfying(row -> {
      assertThat(row.status()).isEqualTo("SENT");
      assertThat(row.attempts()).isEqualTo(1);
    });
  }

  private static UUID registered() {
    UUID user = UUID.randomUUID();
    String welcome = events.userRegistered(newEventId(), user, emailOf(user), "Shopper");
    await().atMost(Duration.ofSeconds(60)).until(() -> notifications.processed(welcome)
        && sink.messagesTo(emailOf(user)).size() == 1);
    return user;
  }

  private static String emailOf(UUID user) {
    return "user-" + user + "@example.com";
  }

  private static String freshEmail() {
    return "shopper-" + UUID.randomUUID() + "@example.com";
  }

  private static String messageId(String eventId) {
    return "<" + eventId + "@bazaar.local>";
  }

  private static ReceivedMail byMessageId(String email, String eventId) {
    List<ReceivedMail> found = sink.messagesTo(email).stream()
        .filter(m -> m.messageId().equals(messageId(eventId))).toList();
    assertThat(found).as("mails for event " + eventId).hasSize(1);
    return found.get(0);
  }
}
