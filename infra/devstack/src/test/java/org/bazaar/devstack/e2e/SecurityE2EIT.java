package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.edge.EdgeVerticle;
import org.bazaar.platform.launch.ServiceLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an attacker tries at the edge: other customers' orders, carts and status streams (404, never 403),
 * forged or doctored tokens (401 with a challenge), a role smuggled into sign-up, and bursts of sign-ins.
 */
class SecurityE2EIT {

  private static Api api;
  private static String admin;
  private static Tokens tokens;

  @BeforeAll
  static void shop() {
    api = Shop.api();
    admin = api.admin();
    tokens = new Tokens();
  }

  @AfterAll
  static void close() {
    tokens.close();
  }

  @Test
  void anotherCustomersOrder_itsStatusStream_andItsCart_areNotFoundOrInvisible() {
    JsonObject product = api.stockedProduct(admin, 100, 5);
    JsonObject wanted = api.stockedProduct(admin, 100, 5);
    String alice = api.newCustomer();
    String mallory = api.newCustomer();
    String orderId = api.placeOrder(alice, Api.order(product.getString("id"), 1, "tok_ok"),
        UUID.randomUUID().toString()).expect(202).json().getString("id");
    await().atMost(Duration.ofSeconds(30)).until(() -> api.call("PUT", "/api/v1/cart/items/"
        + wanted.getString("id"), alice, new JsonObject().put("quantity", 2)).status() == 200);

    // the same answer as for an order that does not exist, so existence does not leak
    String unknown = UUID.randomUUID().toString();
    for (String id : List.of(orderId, unknown)) {
      assertProblem(api.call("GET", "/api/v1/orders/" + id, mallory, null), 404);
      assertProblem(api.call("GET", "/api/v1/orders/" + id + "/events", mallory, null, "Accept",
          "text/event-stream"), 404);
      // identity comes from the token only: a forged identity header changes nothing
      assertProblem(api.call("GET", "/api/v1/orders/" + id, mallory, null, "X-Bazaar-User-Id",
          Tokens.payload(alice).getString("sub")), 404);
      // the operators' timeline is refused by role, whether the order exists or not
      assertProblem(api.call("GET", "/api/v1/admin/orders/" + id + "/timeline", mallory, null), 403);
    }
    assertThat(api.call("GET", "/api/v1/orders", mallory, null).expect(200).json().getJsonArray("items")).isEmpty();

    // a cart is the caller's own: Mallory neither sees Alice's nor empties it, nor orders from it
    assertThat(api.call("GET", "/api/v1/cart", mallory, null).expect(200).json().getJsonArray("items")).isEmpty();
    api.call("DELETE", "/api/v1/cart/items/" + wanted.getString("id"), mallory, null).expect(200);
    assertProblem(api.call("POST", "/api/v1/orders", mallory, new JsonObject().put("fromCart", true)
        .put("paymentToken", "tok_ok"), "Idempotency-Key", UUID.randomUUID().toString()), 422);
    assertThat(api.call("GET", "/api/v1/cart", alice, null).expect(200).json().getJsonArray("items"))
        .extracting(item -> ((JsonObject) item).getInteger("quantity")).containsExactly(2);
    // while Alice herself reads her order, and an admin may read any
    api.call("GET", "/api/v1/orders/" + orderId, alice, null).expect(200);
    api.call("GET", "/api/v1/orders/" + orderId, admin, null).expect(200);
  }

  @Test
  void forgedOrDoctoredTokens_areUnauthorized_withAChallenge() throws Exception {
    String customer = api.newCustomer();
    String subject = Tokens.payload(customer).getString("sub");
    long now = Instant.now().getEpochSecond();
    JsonObject asAdmin = tokens.claims(subject, "customer", "admin");
    Map<String, String> forged = Map.of(
        "alg none, no signature", Tokens.algNone(asAdmin, ""),
        "alg none, made-up signature", Tokens.algNone(asAdmin, "c2lnbmF0dXJl"),
        "signed with another key", tokens.foreignKey(asAdmin),
        "expired", tokens.signed(tokens.claims(subject, "customer").put("iat", now - 3600).put("exp", now - 600)),
        "not yet valid", tokens.signed(tokens.claims(subject, "customer").put("nbf", now + 3600)),
        "another issuer", tokens.signed(tokens.claims(subject, "customer").put("iss", "someone-else")),
        "another audience", tokens.signed(tokens.claims(subject, "customer").put("aud", new JsonArray().add("other"))),
        "without expiry", tokens.signed(withoutExpiry(tokens.claims(subject, "customer"))),
        "payload changed to admin", Tokens.tampered(customer, Tokens.payload(customer).put("roles",
            new JsonArray().add("admin"))),
        "HS256 keyed with the public key", hmacWithPublicKey(asAdmin));

    forged.forEach((what, token) -> {
      for (String[] route : new String[][] {{"GET", "/api/v1/me"}, {"GET", "/api/v1/inventory/ANY-SKU"},
          {"GET", "/api/v1/admin/orders/" + UUID.randomUUID() + "/timeline"}}) {
        Api.Reply reply = api.call(route[0], route[1], token, null);
        assertThat(reply.status()).as(what + " on " + route[1] + ": " + reply.body()).isEqualTo(401);
        assertProblem(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).as(what).startsWith("Bearer realm=\"bazaar\"");
      }
    });
    // the genuine token still works, so the refusals above are about the forgery
    api.call("GET", "/api/v1/me", customer, null).expect(200);
  }

  @Test
  void signingUpWithARole_grantsNothing() {
    List<JsonObject> smuggled = List.of(new JsonObject().put("roles", new JsonArray().add("admin")),
        new JsonObject().put("roles", "admin"), new JsonObject().put("role", "admin"),
        new JsonObject().put("admin", true), new JsonObject().put("isAdmin", true),
        new JsonObject().put("groups", new JsonArray().add("admin")),
        new JsonObject().put("permissions", new JsonArray().add("admin")));
    for (JsonObject extra : smuggled) {
      String email = "sneaky-" + UUID.randomUUID() + "@example.com";
      JsonObject body = new JsonObject().put("email", email).put("password", "long-enough").put("name", "Sneaky")
          .mergeIn(extra);
      Api.Reply signUp = api.call("POST", "/api/v1/accounts", null, body);
      if (signUp.status() != 201) {
        assertProblem(signUp, 400);
        continue;
      }
      assertThat(signUp.json().getJsonArray("roles")).as(extra.encode()).isEqualTo(new JsonArray().add("customer"));
      String token = api.login(email, "long-enough");
      assertThat(Tokens.payload(token).getJsonArray("roles")).as(extra.encode()).containsExactly("customer");
      assertThat(api.call("GET", "/api/v1/me", token, null).expect(200).json().getJsonArray("roles"))
          .containsExactly("customer");
      assertProblem(api.call("GET", "/api/v1/inventory/ANY-SKU", token, null), 403);
      assertProblem(api.call("GET", "/api/v1/admin/dead-letters", token, null), 403);
      assertProblem(api.call("POST", "/api/v1/products", token, new JsonObject().put("sku", "NOPE-" + email.hashCode())
          .put("name", "x").put("description", "").put("price", new JsonObject().put("amount", 1)
              .put("currency", "EUR"))), 403);
    }
  }

  @Test
  void aBurstOfSignIns_isLimitedPerAddress_evenWithTheRightPassword() {
    String email = "burst-" + UUID.randomUUID() + "@example.com";
    api.call("POST", "/api/v1/accounts", null, new JsonObject().put("email", email).put("password", "long-enough")
        .put("name", "Burst")).expect(201);
    try (LimitedEdge edge = LimitedEdge.start(Map.of("BAZAAR_EDGE_AUTH_RATE_LIMIT_CAPACITY", "5",
        "BAZAAR_EDGE_AUTH_RATE_LIMIT_REFILL_PER_SECOND", "1"))) {
      // wrong guesses and the right password alike, all at once
      List<CompletableFuture<Api.Reply>> burst = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        burst.add(edge.api().send(edge.api().request("POST", "/api/v1/sessions", null, new JsonObject()
            .put("email", email).put("password", i % 2 == 0 ? "guess-" + i : "long-enough"))));
      }
      List<Api.Reply> replies = burst.stream().map(CompletableFuture::join).toList();
      // five at once, plus what one token a second refills while the burst is on its way
      assertThat(replies).filteredOn(r -> r.status() != 429).hasSizeLessThanOrEqualTo(8);
      Api.Reply limited = replies.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
      assertProblem(limited, 429);
      assertThat(limited.header("Retry-After")).matches("[1-9][0-9]*");

      List<CompletableFuture<Api.Reply>> signUps = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        signUps.add(edge.api().send(edge.api().request("POST", "/api/v1/accounts", null, new JsonObject()
            .put("email", i + "-" + email).put("password", "long-enough").put("name", "Other"))));
      }
      assertThat(signUps.stream().map(CompletableFuture::join)).as("signing up shares the limit")
          .filteredOn(r -> r.status() == 429).hasSizeGreaterThanOrEqualTo(7);
      // the stricter limit is the sign-in's own: browsing from the same address goes on
      edge.api().call("GET", "/api/v1/products", null, null).expect(200);
    }
  }

  private static JsonObject withoutExpiry(JsonObject claims) {
    claims.remove("exp");
    return claims;
  }

  /** The classic key-confusion forgery: an HMAC token whose secret is the verifier's public key. */
  private static String hmacWithPublicKey(JsonObject claims) throws Exception {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String signingInput = b64.encodeToString(new JsonObject().put("alg", "HS256").put("typ", "JWT")
        .put("kid", "bazaar-1").encode().getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    String publicKey = Shop.devstack().environmentOf("edge", Map.of()).required("BAZAAR_JWT_PUBLIC_KEY");
    mac.init(new SecretKeySpec(publicKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
  }

  private static void assertProblem(Api.Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().getInteger("status")).isEqualTo(status);
  }

  /** A second edge in front of the same services, with the limits an operator would set. */
  private record LimitedEdge(ServiceLauncher.Running running, Api api) implements AutoCloseable {
    static LimitedEdge start(Map<String, String> limits) {
      int port = freePort();
      Map<String, String> env = new java.util.HashMap<>(limits);
      env.put("BAZAAR_HTTP_PORT", Integer.toString(port));
      ServiceLauncher.Running running = ServiceLauncher.start("edge-limited",
          Shop.devstack().environmentOf("edge", env), EdgeVerticle::new).await();
      return new LimitedEdge(running, new Api("http://127.0.0.1:" + port));
    }

    @Override
    public void close() {
      running.stop().await();
    }

    private static int freePort() {
      try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
