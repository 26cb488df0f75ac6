package org.bazaar.notifications;

import java.util.Objects;

/** A claimed mail not yet accepted by the SMTP server: the event that asked for it, its Message-ID, the mail. */
public record PendingMail(String eventId, String messageId, Mail mail) {

  public PendingMail {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(mail, "mail");
  }
}
