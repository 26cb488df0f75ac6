package org.bazaar.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.bazaar.mailsink.MailSink;
import org.bazaar.mailsink.ReceivedMail;

/** Shows the devstack's outgoing mail: one console line per mail, the whole text in {@code logs/mail.log}. */
final class MailLog implements AutoCloseable {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "devstack-mail-log");
    thread.setDaemon(true);
    return thread;
  });
  private int shown;

  MailLog(MailSink sink, Path file, Consumer<String> console) {
    timer.scheduleWithFixedDelay(() -> {
      List<ReceivedMail> mails = sink.messages();
      for (; shown < mails.size(); shown++) {
        ReceivedMail mail = mails.get(shown);
        console.accept("mail to " + mail.recipient() + ": " + mail.subject());
        append(file, "To: " + mail.recipient() + "\nSubject: " + mail.subject() + "\n\n" + mail.text() + "\n----\n");
      }
    }, 1, 1, TimeUnit.SECONDS);
  }

  private static void append(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      // the mail stays readable in the sink; a full disk must not stop the shop
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
