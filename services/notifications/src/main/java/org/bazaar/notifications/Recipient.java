package org.bazaar.notifications;

import java.util.Objects;
import java.util.UUID;

/** A shopper as this service knows them from user.registered: where to write and how to greet them. */
public record Recipient(UUID userId, String email, String name) {

  public Recipient {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
  }
}
