package org.bazaar.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A transaction whose BEGIN is pipelined with its first statement: that statement is inside the transaction, the
 * work commits or rolls back as a whole, and the one connection of the pool comes back after every outcome.
 */
@ExtendWith(VertxExtension.class)
class TransactionsIT {

  private static final String INSERT = "INSERT INTO notes (text) VALUES ($1)";

  private Pool pool;

  @BeforeEach
  void start(Vertx vertx) {
    PgConfig fresh = TestDatabases.fresh("transactions");
    TestDatabases.execute(fresh, "CREATE TABLE notes (text text PRIMARY KEY)");
    pool = Databases.pool(vertx, new PgConfig(fresh.host(), fresh.port(), fresh.database(), fresh.user(),
        fresh.password(), 1), "transactions-test");
  }

  @AfterEach
  void stop() {
    pool.close().await();
  }

  @Test
  void work_commitsEveryStatement_andAnswersItsResult() {
    String answer = Transactions.run(pool, tx -> tx.preparedQuery(INSERT).execute(Tuple.of("first"))
        .compose(v -> tx.preparedQuery(INSERT).execute(Tuple.of("second")))
        .map("done")).await();

    assertThat(answer).isEqualTo("done");
    assertThat(notes()).containsExactly("first", "second");
  }

  @Test
  void firstStatement_runsInTheSameTransactionAsTheNext() {
    String xid = "SELECT pg_current_xact_id()::text AS xid";
    List<String> xids = Transactions.run(pool, tx -> tx.query(xid).execute()
        .compose(first -> tx.query(xid).execute()
            .map(second -> List.of(first.iterator().next().getString("xid"),
                second.iterator().next().getString("xid"))))).await();

    assertThat(xids.get(0)).isEqualTo(xids.get(1));
  }

  @Test
  void failedWork_rollsBackItsFirstStatement_andFailsWithItsCause() {
    assertThatThrownBy(() -> Transactions.run(pool, tx -> tx.preparedQuery(INSERT).execute(Tuple.of("kept?"))
        .compose(v -> Future.failedFuture(new IllegalStateException("no")))).await())
        .isInstanceOf(IllegalStateException.class).hasMessage("no");

    assertThat(notes()).isEmpty();
  }

  @Test
  void failingStatement_rollsBack_andTheConnectionServesTheNextTransaction() {
    assertThatThrownBy(() -> Transactions.run(pool, tx -> tx.preparedQuery(INSERT).execute(Tuple.of("dup"))
        .compose(v -> tx.preparedQuery(INSERT).execute(Tuple.of("dup")))).await())
        .isInstanceOf(PgException.class);
    Transactions.run(pool, tx -> tx.preparedQuery(INSERT).execute(Tuple.of("after"))).await();

    assertThat(notes()).containsExactly("after");
  }

  @Test
  void workThatThrows_rollsBack_andReturnsTheConnection() {
    assertThatThrownBy(() -> Transactions.<Void>run(pool, tx -> {
      tx.preparedQuery(INSERT).execute(Tuple.of("sent before the throw"));
      throw new IllegalArgumentException("thrown");
    }).await()).isInstanceOf(IllegalArgumentException.class).hasMessage("thrown");
    Transactions.run(pool, tx -> tx.preparedQuery(INSERT).execute(Tuple.of("next"))).await();

    assertThat(notes()).containsExactly("next");
  }

  private List<String> notes() {
    return pool.query("SELECT text FROM notes ORDER BY text").execute().await().stream()
        .map(row -> row.getString("text")).toList();
  }
}
