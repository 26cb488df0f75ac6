package org.bazaar.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.bazaar.edge.config.EdgeConfig;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.security.Jwt;
import org.bazaar.platform.security.JwtKeys;
import org.bazaar.platform.security.JwtSettings;
import org.bazaar.platform.testing.TestEnv;
import org.bazaar.platform.testing.TestKafka;

/**
 * The edge started for real on a free port, with a {@link StandIn} per service, tokens signed by a test key
 * pair, and a web client pointed at the edge.
 */
final class EdgeHarness implements AutoCloseable {

  static final JwtKeys.Pem KEYS = JwtKeys.generate();
  static final JwtSettings SETTINGS = new JwtSettings(KEYS.privateKey(), KEYS.publicKey(), "bazaar-1",
      "bazaar-identity", "bazaar", Duration.ofMinutes(15));

  final Vertx vertx = Vertx.vertx();
  final Map<String, StandIn> services = new LinkedHashMap<>();
  final WebClient client;
  final int port;
  private final ServiceLauncher.Running edge;

  private EdgeHarness(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>();
    for (String name : EdgeConfig.SERVICES) {
      StandIn service = new StandIn(vertx).start();
      services.put(name, service);
      env.put("BAZAAR_SERVICE_" + name.toUpperCase() + "_URL", service.url());
    }
    port = TestEnv.freePort();
    env.put("BAZAAR_HTTP_HOST", "127.0.0.1");
    env.put("BAZAAR_HTTP_PORT", Integer.toString(port));
    env.put("BAZAAR_JWT_PUBLIC_KEY", KEYS.publicKey());
    env.put("BAZAAR_BREAKER_TIMEOUT", "500ms");
    env.put("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", TestKafka.bootstrapServers());
    env.put("BAZAAR_EDGE_AUTH_RATE_LIMIT_CAPACITY", "1000");
    env.putAll(extra);
    try {
      edge = ServiceLauncher.start("edge", Env.isolated(env), EdgeVerticle::new).await(30, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the edge did not start in time", e);
    }
    client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port)
        .setFollowRedirects(false));
  }

  static EdgeHarness start() {
    return new EdgeHarness(Map.of());
  }

  static EdgeHarness start(Map<String, String> extra) {
    return new EdgeHarness(extra);
  }

  StandIn service(String name) {
    return services.get(name);
  }

  HttpRequest<Buffer> request(HttpMethod method, String path) {
    return client.request(method, path);
  }

  HttpResponse<Buffer> send(HttpMethod method, String path, String token, JsonObject body) {
    HttpRequest<Buffer> request = request(method, path);
    if (token != null) {
      request.bearerTokenAuthentication(token);
    }
    return (body == null ? request.send() : request.sendJsonObject(body)).await();
  }

  /** A valid token for the subject with these roles. */
  static String token(Vertx vertx, String subject, String... roles) {
    return Jwt.issuer(vertx, SETTINGS).generateToken(new JsonObject().put("roles", new JsonArray(List.of(roles))),
        Jwt.tokenOptions(SETTINGS, subject));
  }

  String token(String subject, String... roles) {
    return token(vertx, subject, roles);
  }

  /** A token signed by the right key whose claims are exactly these (no expiry unless given). */
  String tokenWith(JsonObject claims, JwtSettings settings) {
    JWTOptions options = new JWTOptions().setAlgorithm(Jwt.ALGORITHM).setIssuer(settings.issuer())
        .setAudience(List.of(settings.audience())).setHeader(new JsonObject().put("kid", settings.keyId()));
    return Jwt.issuer(vertx, settings).generateToken(claims, options);
  }

  String expiredToken(String subject, String... roles) {
    return tokenWith(new JsonObject().put("sub", subject).put("roles", new JsonArray(List.of(roles)))
        .put("exp", Instant.now().minusSeconds(300).getEpochSecond()), SETTINGS);
  }

  /** Asserts a problem+json answer with the given status and the public path as instance. */
  static JsonObject assertProblem(HttpResponse<Buffer> response, int status, String instance) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).startsWith("application/problem+json");
    JsonObject problem = response.bodyAsJsonObject();
    assertThat(problem.getString("type")).startsWith("https://");
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getInteger("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(problem.getString("instance")).isEqualTo(instance);
    assertThat(response.bodyAsString()).doesNotContain("Exception").doesNotContain("\tat ");
    return problem;
  }

  @Override
  public void close() {
    edge.stop().await();
    services.values().forEach(StandIn::stop);
    client.close();
    vertx.close().await();
  }
}
