package org.bazaar.notifications.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.notifications.support.EventPublisher.newEventId;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bazaar.events.Topics;
import org.bazaar.mailsink.MailSink;
import org.bazaar.notifications.support.EventPublisher;
import org.bazaar.notifications.support.NotificationsService;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestEnv;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SmtpOutageIT {

  private static final String DLQ = Topics.deadLetter("notifications");

  private static int smtpPort;
  private static MailSink sink;
  private static NotificationsService notifications;
  private static EventPublisher events;

  @BeforeAll
  static void start() {
    TestKafka.createTopics(List.of(DLQ));
    smtpPort = TestEnv.freePort();
    notifications = NotificationsService.start(smtpPort, Map.of("BAZAAR_KAFKA_MAX_ATTEMPTS", "2",
        "BAZAAR_MAIL_RETRY_INTERVAL", "300ms", "BAZAAR_MAIL_RETRY_AFTER", "0"));
    events = new EventPublisher();
  }

  @AfterAll
  static void stop() {
    events.close();
    notifications.close();
    if (sink != null) {
      sink.close();
    }
  }

  @Test
  void aMailTheServerCouldNotTake_staysPending_andGoesOutOnce_whenTheServerIsBack() {
    try (TestConsumer dlq = new TestConsumer(DLQ)) {
      assertThat(notifications.readinessStatus()).as("ready while the SMTP server is down").isEqualTo(503);
      UUID user = UUID.randomUUID();
      String email = "outage-" + user + "@example.com";
      String welcome = events.userRegistered(newEventId(), user, email, "Patience");

      await().atMost(Duration.ofSeconds(60)).until(() -> dlq.records().stream()
          .anyMatch(r -> welcome.equals(TestConsumer.header(r, "ce_id"))));
      assertThat(notifications.processed(welcome)).isTrue();
      assertThat(notifications.sentMail(welcome)).hasValueSatisfying(row -> {
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(row.lastError()).isNotBlank();
      });

      sink = MailSink.start(smtpPort);

      await().atMost(Duration.ofSeconds(60)).until(() -> notifications.sentMail(welcome).orElseThrow().status()
          .equals("SENT"));
      assertThat(sink.messagesTo(email)).singleElement()
          .satisfies(m -> assertThat(m.subject()).isEqualTo("Welcome to Bazaar, Patience"));
      await().atMost(Duration.ofSeconds(30)).until(() -> notifications.readinessStatus() == 200);
    }
  }
}
