package org.bazaar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.identity.Bodies.credentials;
import static org.bazaar.identity.Bodies.fields;
import static org.bazaar.identity.Bodies.registration;
import static org.bazaar.identity.Bodies.unique;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.PgConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.security.Jwt;
import org.bazaar.platform.security.JwtKeys;
import org.bazaar.platform.security.JwtSettings;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestEnv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdentityIT {

  private static Env env;
  private static ServiceLauncher.Running service;
  private static Vertx vertx;
  private static WebClient client;
  private static Pool pool;

  @BeforeAll
  static void start() {
    JwtKeys.Pem keys = JwtKeys.generate();
    env = TestEnv.forService("identity", Map.of(
        "BAZAAR_JWT_PRIVATE_KEY", keys.privateKey(), "BAZAAR_JWT_PUBLIC_KEY", keys.publicKey()));
    service = Services.start(env);
    vertx = Vertx.vertx();
    client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(TestEnv.httpPort(env)));
    pool = Databases.pool(vertx, PgConfig.from(env, "identity"), "identity-it");
  }

  @AfterAll
  static void stop() {
    client.close();
    pool.close().await();
    vertx.close().await();
    Services.stop(service);
  }

  @Test
  void register_thenSignIn_thenReadTheAccount() {
    String email = unique() + "@example.com";
    HttpResponse<Buffer> created = post("/accounts", registration(email, "s3cret-pass", "Ada Lovelace"));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject account = created.bodyAsJsonObject();
    assertThat(account.getString("email")).isEqualTo(email);
    assertThat(account.getString("name")).isEqualTo("Ada Lovelace");
    assertThat(account.getJsonArray("roles")).containsExactly("customer");
    assertThat(account.fieldNames()).containsExactlyInAnyOrder("id", "email", "name", "roles");

    HttpResponse<Buffer> session = post("/sessions", credentials(email, "s3cret-pass"));
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(session.bodyAsJsonObject().getString("tokenType")).isEqualTo("Bearer");
    assertThat(session.bodyAsJsonObject().getLong("expiresIn")).isEqualTo(900L);
    assertThat(session.bodyAsJsonObject().getString("accessToken")).isNotBlank();

    HttpResponse<Buffer> read = client.get("/accounts/" + account.getString("id")).send().await();
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.bodyAsJsonObject()).isEqualTo(account);
  }

  @Test
  void aTakenEmail_isAConflict_whateverItsCase() {
    String local = unique();
    assertThat(post("/accounts", registration(local + "@example.com", "password-1", "First")).statusCode())
        .isEqualTo(201);
    HttpResponse<Buffer> again = post("/accounts", registration(local + "@example.com", "password-2", "Second"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(post("/accounts", registration(local.toUpperCase() + "@EXAMPLE.com", "password-3", "Third"))
        .statusCode()).isEqualTo(409);
    HttpResponse<Buffer> session = post("/sessions", credentials(local.toUpperCase() + "@Example.com", "password-1"));
    assertThat(session.statusCode()).isEqualTo(200);
  }

  @Test
  void invalidRegistrations_areRejectedWithTheirFields() {
    HttpResponse<Buffer> bad = post("/accounts", registration("not-an-email", "short", ""));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(fields(bad.bodyAsJsonObject())).containsExactlyInAnyOrder("email", "password", "name");

    HttpResponse<Buffer> longName = post("/accounts", registration(unique() + "@example.com", "password", "n".repeat(101)));
    assertThat(fields(longName.bodyAsJsonObject())).containsExactly("name");
    assertThat(fields(post("/accounts", new JsonObject()).bodyAsJsonObject()))
        .containsExactlyInAnyOrder("email", "password", "name");

    HttpResponse<Buffer> notJson = client.post("/accounts").sendBuffer(Buffer.buffer("{nope")).await();
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(client.post("/accounts").sendBuffer(Buffer.buffer("[]")).await().statusCode()).isEqualTo(400);
  }

  @Test
  void rolesInTheBody_areIgnored() {
    JsonObject body = registration(unique() + "@example.com", "password", "Mallory")
        .put("roles", new JsonArray().add("admin"));
    HttpResponse<Buffer> created = post("/accounts", body);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.bodyAsJsonObject().getJsonArray("roles")).containsExactly("customer");
    String token = post("/sessions", credentials(body.getString("email"), "password")).bodyAsJsonObject()
        .getString("accessToken");
    assertThat(verify(token).attributes().getJsonObject("accessToken").getJsonArray("roles")).containsExactly("customer");
  }

  @Test
  void aWrongPassword_andAnUnknownEmail_getTheSameAnswer() {
    String email = unique() + "@example.com";
    post("/accounts", registration(email, "right-password", "Eve"));
    HttpResponse<Buffer> wrong = post("/sessions", credentials(email, "wrong-password"));
    HttpResponse<Buffer> unknown = post("/sessions", credentials(unique() + "@example.com", "wrong-password"));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.bodyAsString()).isEqualTo(wrong.bodyAsString());
    assertThat(unknown.getHeader("Content-Type")).isEqualTo(wrong.getHeader("Content-Type"));
    assertThat(post("/sessions", new JsonObject()).statusCode()).isEqualTo(400);
  }

  @Test
  void theToken_verifies_andCarriesIdentityRolesAndExpiry() {
    String email = unique() + "@example.com";
    String id = post("/accounts", registration(email, "password", "Grace")).bodyAsJsonObject().getString("id");
    String token = post("/sessions", credentials(email, "password")).bodyAsJsonObject().getString("accessToken");
    JsonObject claims = verify(token).attributes().getJsonObject("accessToken");
    assertThat(claims.getString("sub")).isEqualTo(id);
    assertThat(claims.getString("email")).isEqualTo(email);
    assertThat(claims.getString("name")).isEqualTo("Grace");
    assertThat(claims.getJsonArray("roles")).containsExactly("customer");
    long now = System.currentTimeMillis() / 1000;
    assertThat(claims.getLong("exp")).isBetween(now + 880, now + 901);
    assertThat(claims.getString("iss")).isEqualTo("bazaar-identity");
  }

  @Test
  void theAdminAccount_existsFromTheStart_andCanSignIn() {
    HttpResponse<Buffer> session = post("/sessions", credentials("Admin@Bazaar.local", "admin-password"));
    assertThat(session.statusCode()).isEqualTo(200);
    JsonObject claims = verify(session.bodyAsJsonObject().getString("accessToken")).attributes()
        .getJsonObject("accessToken");
    assertThat(claims.getJsonArray("roles")).containsExactly("admin", "customer");
    assertThat(post("/accounts", registration("admin@bazaar.local", "password", "Not me")).statusCode())
        .isEqualTo(409);
  }

  @Test
  void unknownAndMalformedIds_areNotFound() {
    assertThat(client.get("/accounts/" + UUID.randomUUID()).send().await().statusCode()).isEqualTo(404);
    assertThat(client.get("/accounts/not-a-uuid").send().await().statusCode()).isEqualTo(404);
  }

  @Test
  void registering_publishesUserRegistered() {
    try (TestConsumer events = new TestConsumer(Topics.USER_EVENTS)) {
      String email = unique() + "@example.com";
      String id = post("/accounts", registration(email, "password", "Linus")).bodyAsJsonObject().getString("id");
      await().atMost(Duration.ofSeconds(30)).until(() -> events.records().stream().anyMatch(r -> id.equals(r.key())));
      ConsumerRecord<String, String> record = events.records().stream().filter(r -> id.equals(r.key())).findFirst()
          .orElseThrow();
      assertThat(TestConsumer.header(record, "ce_type")).isEqualTo(EventTypes.USER_REGISTERED_V1);
      assertThat(TestConsumer.header(record, "ce_source")).isEqualTo("/bazaar/identity");
      JsonObject payload = new JsonObject(record.value());
      assertThat(EventSchemas.load().validate(EventTypes.USER_REGISTERED_V1, payload).errors()).isEmpty();
      assertThat(payload.getString("userId")).isEqualTo(id);
      assertThat(payload.getString("email")).isEqualTo(email);
      assertThat(payload.getString("name")).isEqualTo("Linus");
    }
  }

  @Test
  void aHashWithOtherCosts_stillSignsIn_andIsReplacedByOneWithTheConfiguredCosts() {
    String email = unique() + "@example.com";
    String id = post("/accounts", registration(email, "first-password", "Barbara")).bodyAsJsonObject()
        .getString("id");
    String older = new PasswordHasher(4096, 1, 1).hash("older-password");
    pool.preparedQuery("UPDATE accounts SET password_hash = $2 WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(id), older)).await();

    assertThat(post("/sessions", credentials(email, "older-password")).statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).until(() -> !storedHash(id).equals(older));
    assertThat(storedHash(id)).startsWith("$argon2id$v=19$m=7168,t=5,p=1$");
    assertThat(post("/sessions", credentials(email, "older-password")).statusCode()).isEqualTo(200);
    assertThat(post("/sessions", credentials(email, "first-password")).statusCode()).isEqualTo(401);
  }

  private static String storedHash(String id) {
    return pool.preparedQuery("SELECT password_hash FROM accounts WHERE id = $1")
        .execute(Tuple.of(UUID.fromString(id))).await().iterator().next().getString(0);
  }

  private static User verify(String token) {
    return Jwt.verifier(vertx, JwtSettings.from(env)).authenticate(new TokenCredentials(token)).await();
  }

  private static HttpResponse<Buffer> post(String path, JsonObject body) {
    return client.post(path).sendJsonObject(body).await();
  }
}
