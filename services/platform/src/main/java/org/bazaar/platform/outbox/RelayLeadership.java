package org.bazaar.platform.outbox;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Tuple;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Decides which instance of a service relays its outbox: the one whose dedicated connection holds a
 * session-level advisory lock. The same connection listens for outbox notifications. If it drops, the
 * lock is released by Postgres and any instance (this one included) may take over.
 */
public final class RelayLeadership {

  private static final Logger LOG = LogManager.getLogger(RelayLeadership.class);
  private static final long LOCK_KEY = 0x62617a61617220L; // "bazaar " as a number: one relay lock per database

  private final Vertx vertx;
  private final PgConnectOptions options;
  private final long retryMillis;
  private Runnable notificationHandler = () -> { };
  private Runnable leadershipHandler = () -> { };
  private PgConnection connection;
  private boolean leader;
  private boolean stopped;
  private long retryTimer = -1;

  public RelayLeadership(Vertx vertx, PgConnectOptions options, long retryMillis) {
    this.vertx = vertx;
    this.options = options;
    this.retryMillis = retryMillis;
  }

  public void onNotification(Runnable handler) {
    this.notificationHandler = handler;
  }

  public void onLeadershipGained(Runnable handler) {
    this.leadershipHandler = handler;
  }

  public boolean isLeader() {
    return leader;
  }

  /** Tries once now and keeps trying in the background; never fails the caller's start-up. */
  public Future<Void> start() {
    tryAcquire();
    return Future.succeededFuture();
  }

  public Future<Void> stop() {
    stopped = true;
    leader = false;
    if (retryTimer >= 0) {
      vertx.cancelTimer(retryTimer);
    }
    return connection == null ? Future.succeededFuture() : connection.close();
  }

  private void tryAcquire() {
    if (stopped) {
      return;
    }
    PgConnection.connect(vertx, options)
        .compose(conn -> conn.preparedQuery("SELECT pg_try_advisory_lock($1)").execute(Tuple.of(LOCK_KEY))
            .compose(rows -> {
              boolean acquired = rows.iterator().next().getBoolean(0);
              if (!acquired) {
                return conn.close().map(false);
              }
              return conn.query("LISTEN " + Outbox.CHANNEL).execute().map(listening -> {
                becomeLeader(conn);
                return true;
              });
            }))
        .onComplete(result -> {
          if (result.failed()) {
            LOG.warn("outbox relay could not reach Postgres, retrying: {}", result.cause().toString());
          }
          if (result.failed() || !result.result()) {
            scheduleRetry();
          }
        });
  }

  private void becomeLeader(PgConnection conn) {
    if (stopped) {
      conn.close();
      return;
    }
    connection = conn;
    leader = true;
    conn.notificationHandler(notification -> notificationHandler.run());
    conn.closeHandler(closed -> {
      leader = false;
      connection = null;
      if (!stopped) {
        LOG.warn("outbox relay lost its lock connection; trying to take over again");
        scheduleRetry();
      }
    });
    LOG.info("this instance now relays the outbox");
    leadershipHandler.run();
  }

  private void scheduleRetry() {
    if (!stopped) {
      retryTimer = vertx.setTimer(retryMillis, id -> tryAcquire());
    }
  }
}
