package org.bazaar.notifications.messaging;

import java.time.Duration;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.notifications.persistence.SentMailRepository;

/**
 * Retries mails left PENDING for a while (the SMTP server was down longer than the consumer's retries, so the event
 * was dead-lettered, or the instance stopped mid-send), so an outage heals without replaying events.
 */
public final class PendingMailRetry {

  private static final Logger LOG = LogManager.getLogger(PendingMailRetry.class);
  private static final int BATCH = 50;

  private final Vertx vertx;
  private final SentMailRepository mails;
  private final MailDelivery delivery;
  private final Duration interval;
  private final Duration after;
  private long timer = -1;
  private boolean running;

  public PendingMailRetry(Vertx vertx, SentMailRepository mails, MailDelivery delivery, Duration interval,
      Duration after) {
    this.vertx = vertx;
    this.mails = mails;
    this.delivery = delivery;
    this.interval = interval;
    this.after = after;
  }

  /** Starts the periodic retries; an interval of zero leaves them off. */
  public void start() {
    if (!interval.isZero()) {
      timer = vertx.setPeriodic(interval.toMillis(), id -> sweep());
    }
  }

  public void stop() {
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
  }

  private void sweep() {
    if (running) {
      return;
    }
    running = true;
    mails.pendingOlderThan(after, BATCH)
        .compose(this::deliverEach)
        .onFailure(e -> LOG.warn("retrying pending mails failed: {}", e.toString()))
        .onComplete(done -> running = false);
  }

  private Future<Void> deliverEach(List<String> eventIds) {
    Future<Void> chain = Future.succeededFuture();
    for (String eventId : eventIds) {
      chain = chain.compose(v -> delivery.deliver(eventId));
    }
    return chain;
  }
}
