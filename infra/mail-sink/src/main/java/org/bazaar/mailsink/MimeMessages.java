package org.bazaar.mailsink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Turns a parsed MIME message into a {@link ReceivedMail}: addresses without display names, decoded text. */
final class MimeMessages {

  private MimeMessages() {
  }

  static ReceivedMail toReceived(String recipient, MimeMessage message) {
    try {
      return new ReceivedMail(recipient, addresses(message.getRecipients(Message.RecipientType.TO)),
          first(addresses(message.getFrom())), message.getSubject(), text(message), message.getMessageID());
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("cannot read a received mail: " + e.getMessage(), e);
    }
  }

  private static List<String> addresses(Address[] addresses) {
    List<String> result = new ArrayList<>();
    if (addresses != null) {
      for (Address address : addresses) {
        result.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
      }
    }
    return result;
  }

  private static String first(List<String> addresses) {
    return addresses.isEmpty() ? null : addresses.get(0);
  }

  /** The first text/plain part, transfer-decoded; empty if the mail has none. */
  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return normalize(String.valueOf(part.getContent()));
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String text = text(multipart.getBodyPart(i));
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }

  /** SMTP carries CRLF line ends; readers compare with the {@code \n} the sender wrote. */
  private static String normalize(String text) {
    return text.replace("\r\n", "\n");
  }
}
