package org.bazaar.notifications.messaging;

import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.notifications.MailKind;
import org.bazaar.notifications.PendingMail;
import org.bazaar.notifications.mail.SmtpMailer;
import org.bazaar.notifications.persistence.SentMailRepository;
import org.bazaar.platform.db.Transactions;

/**
 * Sends an event's claimed mail unless it was sent already: locks the PENDING row, hands the mail to the SMTP
 * server, marks it SENT, and commits. A SENT (or unclaimed) mail sends nothing; a failure leaves it PENDING.
 */
public final class MailDelivery {

  private static final Logger LOG = LogManager.getLogger(MailDelivery.class);

  private final Pool pool;
  private final SentMailRepository mails;
  private final SmtpMailer mailer;
  private final MeterRegistry registry;

  public MailDelivery(Pool pool, SentMailRepository mails, SmtpMailer mailer, MeterRegistry registry) {
    this.pool = pool;
    this.mails = mails;
    this.mailer = mailer;
    this.registry = registry;
  }

  public Future<Void> deliver(String eventId) {
    // the row lock makes a second instance handling the same event wait, then find the mail SENT
    return Transactions.run(pool, tx -> mails.lockPending(tx, eventId).compose(found -> {
      if (found.isEmpty()) {
        return Future.succeededFuture(Optional.<MailKind>empty());
      }
      PendingMail pending = found.get();
      return mailer.send(pending)
          .compose(accepted -> mails.markSent(tx, eventId))
          .map(marked -> Optional.of(pending.mail().kind()));
    })).onSuccess(sent -> sent.ifPresent(kind -> {
      LOG.info("sent {} mail for event {}", kind, eventId);
      counter("bazaar.mails.sent", kind).increment();
    })).recover(failure -> {
      counter("bazaar.mails.failed", null).increment();
      return mails.recordFailure(eventId, failure.toString()).transform(recorded -> Future.failedFuture(failure));
    }).mapEmpty();
  }

  private Counter counter(String name, MailKind kind) {
    Counter.Builder builder = Counter.builder(name);
    if (kind != null) {
      builder.tag("kind", kind.name());
    }
    return builder.register(registry);
  }
}
