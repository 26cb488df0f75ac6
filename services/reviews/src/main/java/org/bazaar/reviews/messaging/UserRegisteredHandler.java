package org.bazaar.reviews.messaging;

import io.vertx.core.Future;
import org.bazaar.events.user.UserRegistered;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.reviews.persistence.CopyRepository;

/** Keeps each user's name, shown as the author of their reviews, from identity's user.registered. */
public final class UserRegisteredHandler {

  private final Inbox inbox;
  private final CopyRepository copies;

  public UserRegisteredHandler(Inbox inbox, CopyRepository copies) {
    this.inbox = inbox;
    this.copies = copies;
  }

  public Future<Void> handle(EventEnvelope event) {
    UserRegistered user = EventReading.read(event, UserRegistered::fromJson);
    return inbox.once(event, (tx, e) -> copies.userRegistered(tx, user.userId(), user.name()));
  }
}
