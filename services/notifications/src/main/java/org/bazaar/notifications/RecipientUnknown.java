package org.bazaar.notifications;

import java.util.UUID;

/**
 * An order event names a customer whose user.registered has not arrived yet. Retryable: the handler fails, the
 * consumer retries with backoff, and the mail goes out once the user is known (or the event is dead-lettered).
 */
public final class RecipientUnknown extends RuntimeException {

  public RecipientUnknown(UUID customerId) {
    super("no user.registered seen yet for customer " + customerId + ": cannot address the mail");
  }
}
