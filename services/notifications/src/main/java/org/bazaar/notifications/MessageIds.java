package org.bazaar.notifications;

import java.util.Locale;

/**
 * The {@code Message-ID} of a mail, derived from the id of the event that asked for it: every attempt for one event
 * carries the same id, so a mail client that sees a rare duplicate can recognise it.
 */
public final class MessageIds {

  private MessageIds() {
  }

  /** {@code <eventId@domain>}, the domain taken from the sender address; unusual characters become {@code -}. */
  public static String forEvent(String eventId, String fromAddress) {
    return "<" + atom(eventId) + "@" + domainOf(fromAddress) + ">";
  }

  static String domainOf(String address) {
    String bare = address.contains("<") ? address.substring(address.indexOf('<') + 1).replace(">", "") : address;
    int at = bare.lastIndexOf('@');
    String domain = at < 0 ? "" : atom(bare.substring(at + 1).trim().toLowerCase(Locale.ROOT));
    return domain.isEmpty() ? "localhost" : domain;
  }

  private static String atom(String text) {
    return text.replaceAll("[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]", "-");
  }
}
