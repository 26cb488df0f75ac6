package org.bazaar.platform.messaging;

import java.net.ConnectException;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import org.bazaar.platform.db.Databases;

/**
 * Tells a failure that says the database cannot be reached (refused, cut off, shutting down or starting up) from
 * one about the event: retrying the first kind only waits out the outage, so it must not use up the event's
 * attempts and send a healthy event to the dead-letter topic.
 */
final class DatabaseOutage {

  private DatabaseOutage() {
  }

  static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ClosedConnectionException
          || t instanceof ConnectException && Databases.refusedByADatabase(t.getMessage())) {
        return true;
      }
      if (t instanceof DatabaseException db && unavailable(db.getSqlState())) {
        return true;
      }
    }
    return false;
  }

  /** SQLSTATE class 08 (connection exception), 57P01-57P03 (shutdown, crash, cannot connect now), 53300 (too many connections). */
  private static boolean unavailable(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
  }
}
