package org.bazaar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.security.JwtKeys;
import org.bazaar.platform.testing.TestEnv;
import org.junit.jupiter.api.Test;

class AdminBootstrapIT {

  @Test
  void twoInstancesStartingAtOnce_andARestart_leaveExactlyOneAdmin() {
    JwtKeys.Pem keys = JwtKeys.generate();
    Env first = TestEnv.forService("identity", Map.of("BAZAAR_JWT_PRIVATE_KEY", keys.privateKey(),
        "BAZAAR_JWT_PUBLIC_KEY", keys.publicKey(), "BAZAAR_ADMIN_EMAIL", "Boss@Shop.example",
        "BAZAAR_ADMIN_PASSWORD", "boss-password"));
    Env second = first.with(Map.of("BAZAAR_HTTP_PORT", Integer.toString(TestEnv.freePort())));
    Vertx vertx = Vertx.vertx();
    Pool pool = Databases.pool(vertx, PgConfig.from(first, "identity"), "bootstrap-check");
    try {
      var a = ServiceLauncher.start("identity", first, IdentityVerticle::new);
      var b = ServiceLauncher.start("identity", second, IdentityVerticle::new);
      Future.all(a, b).await();
      Services.stop(a.await());
      Services.stop(b.await());
      ServiceLauncher.Running restarted = Services.start(first);
      try {
        Row admins = pool.query("SELECT count(*), min(array_to_string(roles, ',')) FROM accounts "
            + "WHERE email = 'boss@shop.example'").execute().await().iterator().next();
        assertThat(admins.getLong(0)).isEqualTo(1L);
        assertThat(admins.getString(1)).isEqualTo("admin,customer");
        assertThat(pool.query("SELECT count(*) FROM accounts").execute().await().iterator().next().getLong(0))
            .isEqualTo(1L);
        WebClient client = WebClient.create(vertx);
        int status = client.post(TestEnv.httpPort(first), "127.0.0.1", "/sessions")
            .sendJsonObject(new JsonObject().put("email", "boss@shop.example").put("password", "boss-password"))
            .await().statusCode();
        assertThat(status).isEqualTo(200);
      } finally {
        Services.stop(restarted);
      }
    } finally {
      pool.close().await();
      vertx.close().await();
    }
  }
}
