package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Registering and signing in never writes the password or the issued token to any log")
class SecretsInLogsE2EIT {

  private static Api api;

  @BeforeAll
  static void shop() {
    api = Shop.api();
  }

  @Test
  void registrationAndLogin_logNeitherThePasswordNorTheToken() {
    String email = "secretive-" + UUID.randomUUID() + "@example.com";
    String password = "pw-" + UUID.randomUUID();
    String marker = "log capture works " + UUID.randomUUID();
    try (LogCapture logs = new LogCapture()) {
      api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", email).put("password", password)
          .put("name", "Secretive")).expect(201);
      String token = api.login(email, password);
      api.call("GET", "/api/v1/me", token, null).expect(200);
      // failures are where request bodies and headers tend to end up in logs
      api.call("POST", "/api/v1/sessions", null, new JsonObject().put("email", email).put("password", password + "x"))
          .expect(401);
      api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", "not an email")
          .put("password", password).put("name", "Secretive")).expect(400);
      api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", email).put("password", password)
          .put("name", "Secretive")).expect(409);
      api.call("GET", "/api/v1/me", token.substring(0, token.lastIndexOf('.') + 1) + "forged", null).expect(401);
      LogManager.getLogger(SecretsInLogsE2EIT.class).info(marker);

      // events the registration caused are still being consumed: the logs must stay clean meanwhile
      await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
        String text = logs.text();
        return !text.contains(password) && !text.contains(token) && !text.contains(token.split("\\.")[2]);
      });
      String text = logs.text();
      assertThat(text).contains(marker);
      assertThat(text).doesNotContain(password).doesNotContain(token);
    }
  }
}
