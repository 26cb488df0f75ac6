package org.bazaar.notifications.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.bazaar.notifications.NotificationsVerticle;
import org.bazaar.notifications.config.NotificationsConfig;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.testing.TestEnv;

/**
 * A real notifications service on a fresh database and the test broker, sending to the SMTP port given, with a
 * read-only view of its database and its metrics for assertions.
 */
public final class NotificationsService implements AutoCloseable {

  /** One row of {@code sent_mails}, as tests look at it. */
  public record SentMail(String eventId, String kind, String recipient, String status, int attempts,
      String lastError) {
  }

  private final ServiceLauncher.Running running;
  private final int port;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient http = WebClient.create(vertx);
  private final Pool pool;

  private NotificationsService(Env env) {
    running = ServiceLauncher.start(NotificationsConfig.NAME, env, NotificationsVerticle::new).await();
    port = TestEnv.httpPort(env);
    pool = Databases.pool(vertx, NotificationsConfig.from(env).service().pg(), "notifications-test-reads");
  }

  /** Sends to 127.0.0.1:{@code smtpPort}; {@code extra} overrides any other setting. */
  public static NotificationsService start(int smtpPort, Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>();
    settings.put("BAZAAR_SMTP_HOST", "127.0.0.1");
    settings.put("BAZAAR_SMTP_PORT", Integer.toString(smtpPort));
    settings.put("BAZAAR_SMTP_TIMEOUT", "3s");
    settings.putAll(extra);
    return new NotificationsService(TestEnv.forService(NotificationsConfig.NAME, settings));
  }

  public Optional<SentMail> sentMail(String eventId) {
    var rows = pool.preparedQuery("SELECT event_id, kind, recipient, status, attempts, last_error FROM sent_mails "
        + "WHERE event_id = $1").execute(Tuple.of(eventId)).await();
    if (rows.size() == 0) {
      return Optional.empty();
    }
    Row row = rows.iterator().next();
    return Optional.of(new SentMail(row.getString(0), row.getString(1), row.getString(2), row.getString(3),
        row.getInteger(4), row.getString(5)));
  }

  /** Whether the service has processed (and committed the effect of) the event with this id. */
  public boolean processed(String eventId) {
    return pool.preparedQuery("SELECT 1 FROM inbox WHERE event_id = $1").execute(Tuple.of(eventId)).await()
        .size() > 0;
  }

  /** Runs SQL straight against the service's database (tests that stage what a crash leaves behind). */
  public void execute(String sql, Tuple arguments) {
    pool.preparedQuery(sql).execute(arguments).await();
  }

  /** The Prometheus scrape of {@code /metrics}. */
  public String metrics() {
    return http.get(port, "127.0.0.1", "/metrics").send().await().bodyAsString();
  }

  public int readinessStatus() {
    return http.get(port, "127.0.0.1", "/health/ready").send().await().statusCode();
  }

  @Override
  public void close() {
    running.stop().await();
    pool.close().await();
    vertx.close().await();
  }
}
