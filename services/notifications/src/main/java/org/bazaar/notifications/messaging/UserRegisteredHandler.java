package org.bazaar.notifications.messaging;

import java.util.Optional;

import io.vertx.core.Future;
import org.bazaar.events.user.UserRegistered;
import org.bazaar.notifications.MailTexts;
import org.bazaar.notifications.Recipient;
import org.bazaar.notifications.persistence.UserRepository;
import org.bazaar.platform.events.EventEnvelope;

/** Keeps the user's email and name for later order mails and welcomes a user seen for the first time. */
public final class UserRegisteredHandler {

  private final Notifier notifier;
  private final UserRepository users;

  public UserRegisteredHandler(Notifier notifier, UserRepository users) {
    this.notifier = notifier;
    this.users = users;
  }

  public Future<Void> handle(EventEnvelope event) {
    UserRegistered registered = Payloads.read(event, UserRegistered::fromJson);
    Recipient user = new Recipient(registered.userId(), registered.email(), registered.name());
    return notifier.notify(event, tx -> users.save(tx, user, registered.registeredAt())
        .map(isNew -> isNew ? Optional.of(MailTexts.welcome(user)) : Optional.empty()));
  }
}
