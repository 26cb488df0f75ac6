package org.bazaar.mailsink;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A real SMTP server that accepts every mail for any recipient and keeps it in memory, for the devstack and
 * tests; nothing is delivered onwards. {@link #start(int)} embeds it, {@link MailSinkMain} runs it alone.
 */
public final class MailSink implements AutoCloseable {

  public static final String DEFAULT_HOST = "127.0.0.1";

  private static final Logger LOG = LogManager.getLogger(MailSink.class);

  static {
    // named here, jakarta.mail loads its stream provider by name; otherwise it scans the whole classpath with a
    // ServiceLoader for every message it parses (1-2 % of a one-JVM devstack's CPU during checkout)
    System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
        "org.eclipse.angus.mail.util.MailStreamProvider");
  }

  private final GreenMail server;
  private final Deliveries deliveries;

  private MailSink(GreenMail server, Deliveries deliveries) {
    this.server = server;
    this.deliveries = deliveries;
  }

  /** Listens on 127.0.0.1 at {@code port}; 0 picks a free port (see {@link #port()}). */
  public static MailSink start(int port) {
    return start(DEFAULT_HOST, port);
  }

  /** Listens on {@code host} at {@code port}; 0 picks a free port. Returns once the server accepts connections. */
  public static MailSink start(String host, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("mail sink port must be between 0 and 65535, got " + port);
    }
    ServerSetup smtp = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
    GreenMail server = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp)
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    Deliveries deliveries = new Deliveries();
    record(server.getUserManager(), deliveries);
    server.start();
    MailSink sink = new MailSink(server, deliveries);
    LOG.info("mail sink accepting SMTP on {}:{}", host, sink.port());
    return sink;
  }

  /** Notes every delivery (one per accepted recipient), then lets GreenMail store it as usual. */
  private static void record(UserManager users, Deliveries deliveries) {
    MessageDeliveryHandler store = users.getMessageDeliveryHandler();
    users.setMessageDeliveryHandler((message, address) -> {
      deliveries.add(MimeMessages.toReceived(address.getEmail(), message.getMessage()));
      return store.handle(message, address);
    });
  }

  /** The port the server actually listens on. */
  public int port() {
    return server.getSmtp().getPort();
  }

  /**
   * Every delivery so far, in arrival order: one entry per accepted recipient, so a mail sent to two addresses
   * appears twice, and so does a mail sent twice.
   */
  public List<ReceivedMail> messages() {
    return deliveries.all();
  }

  /** The mails delivered to one address (the envelope recipient, case-insensitive), in arrival order. */
  public List<ReceivedMail> messagesTo(String address) {
    return messages().stream().filter(mail -> mail.isFor(address)).toList();
  }

  /** Blocks until at least {@code count} deliveries happened in total or the timeout passed (for tests). */
  public boolean awaitMessages(int count, Duration timeout) {
    return deliveries.await(count, timeout);
  }

  /** Forgets every mail accepted so far. */
  public void clear() {
    deliveries.clear();
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException("cannot clear the mail sink: " + e.getMessage(), e);
    }
  }

  /** Stops listening and forgets every mail. */
  @Override
  public void close() {
    server.stop();
    deliveries.clear();
  }
}
