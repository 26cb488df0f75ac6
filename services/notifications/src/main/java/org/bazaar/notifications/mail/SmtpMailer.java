package org.bazaar.notifications.mail;

import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import org.bazaar.notifications.PendingMail;
import org.bazaar.notifications.config.SmtpConfig;

/** Hands mails to the SMTP server with the Vert.x mail client, each with the Message-ID derived from its event. */
public final class SmtpMailer {

  private final SmtpConfig config;
  private final MailClient client;

  public SmtpMailer(Vertx vertx, SmtpConfig config) {
    this.config = config;
    MailConfig mail = new MailConfig()
        .setHostname(config.host())
        .setPort(config.port())
        .setStarttls(config.startTls())
        .setSsl(config.ssl())
        .setLogin(config.login() ? LoginOption.REQUIRED : LoginOption.DISABLED)
        .setConnectTimeout((int) config.timeout().toMillis())
        .setIdleTimeout((int) config.timeout().toMillis())
        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
    if (config.login()) {
      mail.setUsername(config.username()).setPassword(config.password());
    }
    this.client = MailClient.create(vertx, mail);
  }

  /** Succeeds once the server accepted the mail; fails (and may still have sent it) on any error or timeout. */
  public Future<Void> send(PendingMail pending) {
    MailMessage message = new MailMessage()
        .setFrom(config.from())
        .setTo(pending.mail().to())
        .setSubject(pending.mail().subject())
        .setText(pending.mail().text())
        .setHeaders(MultiMap.caseInsensitiveMultiMap()
            .add("Message-ID", pending.messageId())
            .add("X-Bazaar-Mail-Kind", pending.mail().kind().name()));
    return client.sendMail(message).timeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS).mapEmpty();
  }

  public Future<Void> close() {
    return client.close();
  }
}
