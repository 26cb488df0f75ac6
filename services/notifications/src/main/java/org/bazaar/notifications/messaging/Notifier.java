package org.bazaar.notifications.messaging;

import java.util.Optional;
import java.util.function.Function;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import org.bazaar.notifications.Mail;
import org.bazaar.notifications.MessageIds;
import org.bazaar.notifications.persistence.SentMailRepository;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;

/**
 * The exactly-once path every handler shares: in one transaction record the event in the inbox, apply its state
 * change and claim its mail as PENDING; then deliver the mail if it is still PENDING. A redelivered event skips the
 * first step and finds its mail SENT (nothing happens) or PENDING (it is sent now).
 */
public final class Notifier {

  private final Inbox inbox;
  private final SentMailRepository mails;
  private final MailDelivery delivery;
  private final String from;

  public Notifier(Inbox inbox, SentMailRepository mails, MailDelivery delivery, String from) {
    this.inbox = inbox;
    this.mails = mails;
    this.delivery = delivery;
    this.from = from;
  }

  /** {@code compose} runs in the inbox transaction and returns the mail to send, or empty for none. */
  public Future<Void> notify(EventEnvelope event, Function<SqlConnection, Future<Optional<Mail>>> compose) {
    return inbox.once(event, (tx, e) -> compose.apply(tx).compose(mail -> mail
            .map(m -> mails.claim(tx, e.id(), m, MessageIds.forEvent(e.id(), from)))
            .orElse(Future.succeededFuture())))
        .compose(claimed -> delivery.deliver(event.id()));
  }
}
