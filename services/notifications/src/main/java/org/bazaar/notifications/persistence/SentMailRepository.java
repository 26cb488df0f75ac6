package org.bazaar.notifications.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import org.bazaar.notifications.Mail;
import org.bazaar.notifications.MailKind;
import org.bazaar.notifications.PendingMail;

/** The {@code sent_mails} table: one row per event that asks for a mail, PENDING until sent, then SENT. */
public final class SentMailRepository {

  private static final String CLAIM = "INSERT INTO sent_mails "
      + "(event_id, kind, reference, recipient, subject, body, message_id) VALUES ($1, $2, $3, $4, $5, $6, $7) "
      + "ON CONFLICT (event_id) DO NOTHING";
  private static final String LOCK_PENDING = "SELECT event_id, kind, reference, recipient, subject, body, message_id "
      + "FROM sent_mails WHERE event_id = $1 AND status = 'PENDING' FOR UPDATE";
  private static final String MARK_SENT = "UPDATE sent_mails SET status = 'SENT', sent_at = now(), "
      + "attempts = attempts + 1, last_error = NULL WHERE event_id = $1";
  private static final String FAILED = "UPDATE sent_mails SET attempts = attempts + 1, last_error = $2 "
      + "WHERE event_id = $1 AND status = 'PENDING'";
  private static final String STALE = "SELECT event_id FROM sent_mails WHERE status = 'PENDING' "
      + "AND created_at < now() - make_interval(secs => $1) ORDER BY created_at LIMIT $2";

  private final Pool pool;

  public SentMailRepository(Pool pool) {
    this.pool = pool;
  }

  /** Records the mail as PENDING for {@code eventId} in the caller's transaction; an existing claim is kept. */
  public Future<Void> claim(SqlConnection tx, String eventId, Mail mail, String messageId) {
    return tx.preparedQuery(CLAIM).execute(Tuple.from(List.of(eventId, mail.kind().name(), mail.reference(),
        mail.to(), mail.subject(), mail.text(), messageId))).mapEmpty();
  }

  /** The event's mail if it is still PENDING, locked until {@code tx} ends; empty when SENT or never claimed. */
  public Future<Optional<PendingMail>> lockPending(SqlConnection tx, String eventId) {
    return tx.preparedQuery(LOCK_PENDING).execute(Tuple.of(eventId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(pending(rows.iterator().next())));
  }

  public Future<Void> markSent(SqlConnection tx, String eventId) {
    return tx.preparedQuery(MARK_SENT).execute(Tuple.of(eventId)).mapEmpty();
  }

  /** Counts a failed attempt and keeps its reason, outside any transaction (the sending one rolled back). */
  public Future<Void> recordFailure(String eventId, String error) {
    String reason = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
    return pool.preparedQuery(FAILED).execute(Tuple.of(eventId, reason)).mapEmpty();
  }

  /** Event ids of mails PENDING for longer than {@code age}, oldest first. */
  public Future<List<String>> pendingOlderThan(Duration age, int limit) {
    return pool.preparedQuery(STALE).execute(Tuple.of((double) age.toMillis() / 1000, limit)).map(rows -> {
      List<String> ids = new ArrayList<>();
      rows.forEach(row -> ids.add(row.getString(0)));
      return ids;
    });
  }

  private static PendingMail pending(Row row) {
    return new PendingMail(row.getString("event_id"), row.getString("message_id"),
        new Mail(MailKind.valueOf(row.getString("kind")), row.getString("reference"), row.getString("recipient"),
            row.getString("subject"), row.getString("body")));
  }
}
