package org.bazaar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.security.JwtKeys;
import org.bazaar.platform.testing.TestEnv;
import org.junit.jupiter.api.Test;

class IdentityStopIT {

  @Test
  void undeployingIdentity_endsItsPasswordHashingThreads_whileVertxRuns() {
    JwtKeys.Pem keys = JwtKeys.generate();
    var env = TestEnv.forService("identity", Map.of(
        "BAZAAR_JWT_PRIVATE_KEY", keys.privateKey(), "BAZAAR_JWT_PUBLIC_KEY", keys.publicKey()));
    ServiceLauncher.Running service = Services.start(env);
    try {
      WebClient client = WebClient.create(service.vertx());
      int status = client.post(TestEnv.httpPort(env), "127.0.0.1", "/accounts")
          .sendJsonObject(new JsonObject().put("email", "stop-" + System.nanoTime() + "@shop.example")
              .put("password", "a-long-password").put("name", "Stop"))
          .await().statusCode();
      assertThat(status).isEqualTo(201);
      assertThat(hashingThreads()).isPositive();
      client.close();

      service.vertx().undeploy(service.deploymentId()).await();

      await().atMost(Duration.ofSeconds(10)).until(() -> hashingThreads() == 0);
    } finally {
      service.vertx().close().await();
    }
  }

  private static long hashingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.isAlive() && thread.getName().startsWith(PasswordHashing.POOL)).count();
  }
}
