package org.bazaar.mailsink;

import java.util.List;

/**
 * One mail the sink delivered into one mailbox: the envelope {@code recipient} (the mailbox, from {@code RCPT TO}),
 * the {@code To} header addresses, the sender, the subject, the decoded plain-text body and the {@code Message-ID}.
 */
public record ReceivedMail(String recipient, List<String> to, String from, String subject, String text,
    String messageId) {

  public ReceivedMail {
    to = List.copyOf(to);
  }

  /** Whether this copy was delivered to {@code address} (case-insensitive). */
  public boolean isFor(String address) {
    return recipient.equalsIgnoreCase(address);
  }
}
