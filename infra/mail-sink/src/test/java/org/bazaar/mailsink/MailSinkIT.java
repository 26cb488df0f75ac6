package org.bazaar.mailsink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MailSinkIT {

  private static Vertx vertx;
  private static MailSink sink;
  private static MailClient mail;

  @BeforeAll
  static void start() {
    vertx = Vertx.vertx();
    sink = MailSink.start(0);
    mail = MailClient.create(vertx, new MailConfig().setHostname("127.0.0.1").setPort(sink.port())
        .setStarttls(StartTLSOptions.DISABLED));
  }

  @AfterAll
  static void stop() {
    mail.close().await();
    sink.close();
    vertx.close().await();
  }

  @AfterEach
  void clear() {
    sink.clear();
  }

  @Test
  void portZero_listensOnAFreePort() {
    assertThat(sink.port()).isPositive();
  }

  @Test
  void aMailSentWithTheVertxClient_isReadBackWithAddressesSubjectAndText() {
    String text = "Hallo Jürgen,\nyour order of 12.99 € is confirmed.\n\n— Bazaar";
    mail.sendMail(new MailMessage().setFrom("Bazaar <shop@bazaar.local>").setTo("Jürgen <jurgen@example.com>")
        .setSubject("Your order — confirmed").setText(text)).await();

    await().atMost(Duration.ofSeconds(10)).until(() -> sink.messages().size() == 1);
    ReceivedMail received = sink.messages().get(0);
    assertThat(received.recipient()).isEqualTo("jurgen@example.com");
    assertThat(received.to()).containsExactly("jurgen@example.com");
    assertThat(received.from()).isEqualTo("shop@bazaar.local");
    assertThat(received.subject()).isEqualTo("Your order — confirmed");
    assertThat(received.text()).isEqualTo(text);
    assertThat(received.messageId()).isNotBlank();
  }

  @Test
  void aCustomMessageId_isKept() {
    mail.sendMail(new MailMessage().setFrom("shop@bazaar.local").setTo("a@example.com").setSubject("s")
        .setText("t").setHeaders(MultiMap.caseInsensitiveMultiMap().add("Message-ID", "<evt-1@bazaar.local>")))
        .await();

    assertThat(sink.awaitMessages(1, Duration.ofSeconds(10))).isTrue();
    assertThat(sink.messages()).extracting(ReceivedMail::messageId).containsExactly("<evt-1@bazaar.local>");
  }

  @Test
  void everyMailAndEveryRecipient_isKept_soDuplicatesCanBeCounted() {
    MailMessage message = new MailMessage().setFrom("shop@bazaar.local")
        .setTo(List.of("a@example.com", "b@example.com")).setSubject("twice").setText("body");
    mail.sendMail(message).await();
    mail.sendMail(message).await();

    assertThat(sink.awaitMessages(4, Duration.ofSeconds(10))).isTrue();
    assertThat(sink.messagesTo("A@example.com")).hasSize(2);
    assertThat(sink.messagesTo("b@example.com")).hasSize(2);
    assertThat(sink.messagesTo("c@example.com")).isEmpty();
    assertThat(sink.messages()).allSatisfy(m -> assertThat(m.to()).containsExactly("a@example.com", "b@example.com"));
    assertThat(sink.messages().stream().map(ReceivedMail::messageId).distinct()).hasSize(2);
  }

  @Test
  void clear_forgetsEveryMail() {
    mail.sendMail(new MailMessage().setFrom("shop@bazaar.local").setTo("a@example.com").setText("x")).await();
    assertThat(sink.awaitMessages(1, Duration.ofSeconds(10))).isTrue();

    sink.clear();

    assertThat(sink.messages()).isEmpty();
  }

  @Test
  void close_freesThePort() throws IOException {
    MailSink other = MailSink.start(0);
    int port = other.port();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      assertThat(socket.isConnected()).isTrue();
    }

    other.close();

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
  }
}
