package org.bazaar.notifications;

/** The mails this service sends, one per kind of event. */
public enum MailKind {
  WELCOME,
  ORDER_CONFIRMED,
  ORDER_CANCELLED
}
