package org.bazaar.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import java.util.Map;

import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.junit5.VertxExtension;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.events.PermanentFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class DatabaseOutageTest {

  @Test
  void aRestartingOrUnreachableDatabase_isAnOutage() {
    assertThat(DatabaseOutage.is(pg("the database system is starting up", "57P03"))).isTrue();
    assertThat(DatabaseOutage.is(pg("terminating connection due to administrator command", "57P01"))).isTrue();
    assertThat(DatabaseOutage.is(pg("connection failure", "08006"))).isTrue();
    assertThat(DatabaseOutage.is(pg("sorry, too many clients already", "53300"))).isTrue();
    assertThat(DatabaseOutage.is(ClosedConnectionException.INSTANCE)).isTrue();
  }

  @Test
  void aRefusedConnection_isAnOutageOnlyWhenADatabaseRefusedIt(Vertx vertx) {
    Databases.pool(vertx, PgConfig.from(Env.isolated(Map.of("BAZAAR_PG_PORT", "55432")), "outage"), "outage-test").close();
    assertThat(DatabaseOutage.is(new ConnectException("Connection refused: /127.0.0.1:55432"))).isTrue();
    assertThat(DatabaseOutage.is(new ConnectException("Connection refused: localhost/127.0.0.1:2525"))).isFalse();
    assertThat(DatabaseOutage.is(new ConnectException("Connection refused"))).isFalse();
  }

  @Test
  void anOutageWrappedByTheHandler_isStillAnOutage() {
    assertThat(DatabaseOutage.is(new VertxException("reserving failed", pg("shutting down", "57P03")))).isTrue();
  }

  @Test
  void failuresAboutTheEventOrItsData_areNotOutages() {
    assertThat(DatabaseOutage.is(pg("duplicate key value violates unique constraint", "23505"))).isFalse();
    assertThat(DatabaseOutage.is(pg("could not serialize access", "40001"))).isFalse();
    assertThat(DatabaseOutage.is(new PermanentFailure("no such order"))).isFalse();
    assertThat(DatabaseOutage.is(new IllegalStateException("handler bug"))).isFalse();
    assertThat(DatabaseOutage.is(null)).isFalse();
  }

  private static PgException pg(String message, String sqlState) {
    return new PgException(message, "FATAL", sqlState, null);
  }
}
