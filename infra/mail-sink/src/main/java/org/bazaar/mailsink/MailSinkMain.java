package org.bazaar.mailsink;

import java.time.Duration;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Runs the mail sink alone and logs one line for every mail it accepts, until the process is stopped. */
public final class MailSinkMain {

  private static final Logger LOG = LogManager.getLogger(MailSinkMain.class);

  private MailSinkMain() {
  }

  public static void main(String[] args) {
    MailSinkConfig config;
    try {
      config = MailSinkConfig.from(System.getenv());
    } catch (IllegalArgumentException e) {
      LOG.error("mail sink cannot start: {}", e.getMessage());
      System.exit(1);
      return;
    }
    MailSink sink = MailSink.start(config.host(), config.port());
    Runtime.getRuntime().addShutdownHook(new Thread(sink::close, "mail-sink-shutdown"));
    logArrivals(sink);
  }

  /** A stand-alone test double may block its main thread: it has nothing else to do. */
  private static void logArrivals(MailSink sink) {
    int seen = 0;
    while (!Thread.currentThread().isInterrupted()) {
      if (sink.awaitMessages(seen + 1, Duration.ofSeconds(1))) {
        List<ReceivedMail> all = sink.messages();
        for (ReceivedMail mail : all.subList(seen, all.size())) {
          LOG.info("mail to {} from {}: {}", mail.to(), mail.from(), mail.subject());
        }
        seen = all.size();
      }
    }
  }
}
