package org.bazaar.notifications;

/** Where a claimed mail stands: PENDING until the SMTP server accepted it, then SENT. */
public enum MailStatus {
  PENDING,
  SENT
}
