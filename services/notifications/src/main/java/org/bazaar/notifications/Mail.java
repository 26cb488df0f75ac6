package org.bazaar.notifications;

import java.util.Objects;

/** One composed mail: what it is about ({@code reference}: the user or order id), to whom, and its text. */
public record Mail(MailKind kind, String reference, String to, String subject, String text) {

  public Mail {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }
}
