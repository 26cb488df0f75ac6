package org.bazaar.loadgen.reference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/**
 * The commit limit of the shop's Postgres: {@code connections} loops, each committing one single-row INSERT
 * after another (auto-commit, so every statement is a transaction), in a scratch database dropped afterwards.
 */
public final class PostgresCommitLoop {

  /** Commits per second and the number of connections that ran them. */
  public record Result(double commitsPerSecond, int connections) {
  }

  private PostgresCommitLoop() {
  }

  public static Result run(Vertx vertx, PgAdmin admin, String database, int connections, Duration duration) {
    admin.execute(vertx, "CREATE DATABASE " + database);
    try {
      Pool pool = admin.pool(vertx, database, connections);
      try {
        pool.query("CREATE TABLE commits (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), "
            + "payload text NOT NULL)").execute().await();
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<Void>> loops = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
          Promise<Void> done = Promise.promise();
          vertx.runOnContext(v -> insertUntil(pool, end, commits, done));
          loops.add(done.future());
        }
        Future.all(loops).await();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(commits.get() / seconds, connections);
      } finally {
        pool.close().await();
      }
    } finally {
      admin.execute(vertx, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private static void insertUntil(Pool pool, long end, AtomicLong commits, Promise<Void> done) {
    if (System.nanoTime() >= end) {
      done.complete();
      return;
    }
    pool.preparedQuery("INSERT INTO commits (payload) VALUES ($1)").execute(Tuple.of("reference row"))
        .onFailure(done::fail)
        .onSuccess(rows -> {
          commits.incrementAndGet();
          insertUntil(pool, end, commits, done);
        });
  }
}
