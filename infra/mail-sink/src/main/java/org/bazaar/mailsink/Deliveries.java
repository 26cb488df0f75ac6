package org.bazaar.mailsink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The mails delivered so far, in arrival order, with a way to wait for more. */
final class Deliveries {

  private final List<ReceivedMail> mails = new ArrayList<>();

  synchronized void add(ReceivedMail mail) {
    mails.add(mail);
    notifyAll();
  }

  synchronized List<ReceivedMail> all() {
    return List.copyOf(mails);
  }

  synchronized void clear() {
    mails.clear();
  }

  synchronized boolean await(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (mails.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        wait(Math.max(1, left / 1_000_000));
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return mails.size() >= count;
    }
  }
}
