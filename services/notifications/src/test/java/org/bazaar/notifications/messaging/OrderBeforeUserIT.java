package org.bazaar.notifications.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.notifications.support.EventPublisher.newEventId;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bazaar.events.order.CancellationReason;
import org.bazaar.mailsink.MailSink;
import org.bazaar.mailsink.ReceivedMail;
import org.bazaar.notifications.support.EventPublisher;
import org.bazaar.notifications.support.NotificationsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrderBeforeUserIT {

  private static final Pattern ORDER_RETRIED = Pattern.compile(
      "bazaar_events_retried_total\\{[^}]*type=\"org\\.bazaar\\.order\\.(confirmed|cancelled)\\.v1\"[^}]*\\} [1-9]");

  private static MailSink sink;
  private static NotificationsService notifications;
  private static EventPublisher events;

  @BeforeAll
  static void start() {
    sink = MailSink.start(0);
    // a retry budget of several seconds, like the minutes a production consumer would allow
    notifications = NotificationsService.start(sink.port(), Map.of("BAZAAR_KAFKA_MAX_ATTEMPTS", "60",
        "BAZAAR_KAFKA_BACKOFF_MAX", "250ms", "BAZAAR_MAIL_RETRY_INTERVAL", "0"));
    events = new EventPublisher();
  }

  @AfterAll
  static void stop() {
    events.close();
    notifications.close();
    sink.close();
  }

  @Test
  void orderEventsBeforeTheirUser_areMailedOnce_whenTheUserArrives() {
    UUID user = UUID.randomUUID();
    String email = "late-" + user + "@example.com";
    String confirmed = events.orderConfirmed(newEventId(), UUID.randomUUID(), user);
    String cancelled = events.orderCancelled(newEventId(), UUID.randomUUID(), user, CancellationReason.OUT_OF_STOCK);

    await().atMost(Duration.ofSeconds(60)).until(() -> ORDER_RETRIED.matcher(notifications.metrics()).find());
    assertThat(notifications.processed(confirmed)).isFalse();
    assertThat(sink.messagesTo(email)).isEmpty();

    String welcome = events.userRegistered(newEventId(), user, email, "Late Larry");

    await().atMost(Duration.ofSeconds(60)).until(() -> sink.messagesTo(email).size() == 3);
    assertThat(sink.messagesTo(email)).extracting(ReceivedMail::messageId).containsExactlyInAnyOrder(
        "<" + welcome + "@bazaar.local>", "<" + confirmed + "@bazaar.local>", "<" + cancelled + "@bazaar.local>");
    assertThat(sink.messagesTo(email)).filteredOn(m -> m.subject().contains("confirmed")).singleElement()
        .satisfies(m -> assertThat(m.text()).startsWith("Hello Late Larry,"));
    assertThat(notifications.sentMail(confirmed)).hasValueSatisfying(row -> {
      assertThat(row.status()).isEqualTo("SENT");
      assertThat(row.attempts()).isEqualTo(1);
    });
  }
}
