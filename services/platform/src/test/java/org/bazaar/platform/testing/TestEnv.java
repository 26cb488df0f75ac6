package org.bazaar.platform.testing;

import java.util.HashMap;
import java.util.Map;

import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;

/** An {@link Env} for a service under test: a fresh database, the test broker, a free HTTP port. */
public final class TestEnv {

  private TestEnv() {
  }

  public static Env forService(String service, Map<String, String> extra) {
    PgConfig db = TestDatabases.fresh(service);
    Map<String, String> values = new HashMap<>();
    values.put("BAZAAR_PG_HOST", db.host());
    values.put("BAZAAR_PG_PORT", Integer.toString(db.port()));
    values.put("BAZAAR_PG_DATABASE", db.database());
    values.put("BAZAAR_PG_USER", db.user());
    values.put("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
    values.put("BAZAAR_KAFKA_BACKOFF_FIRST", "20ms");
    values.put("BAZAAR_KAFKA_BACKOFF_MAX", "200ms");
    values.put("BAZAAR_KAFKA_MAX_ATTEMPTS", "3");
    values.put("BAZAAR_HTTP_HOST", "127.0.0.1");
    values.put("BAZAAR_HTTP_PORT", Integer.toString(freePort()));
    values.putAll(extra);
    return Env.isolated(values);
  }

  /** The HTTP port a service started with this env listens on. */
  public static int httpPort(Env env) {
    return env.integer("BAZAAR_HTTP_PORT", 0);
  }

  public static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
