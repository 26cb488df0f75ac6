package org.bazaar.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.Credentials;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private final AtomicInteger checks = new AtomicInteger();
  private long expiresAt = System.currentTimeMillis() / 1000 + 600;
  private boolean valid = true;

  private final JWTAuth verifier = new JWTAuth() {
    @Override
    public Future<User> authenticate(Credentials credentials) {
      checks.incrementAndGet();
      if (!valid) {
        return Future.failedFuture("invalid signature");
      }
      return Future.succeededFuture(User.create(new JsonObject().put("sub", "customer-1"),
          new JsonObject().put("exp", expiresAt)));
    }

    @Override
    public String generateToken(JsonObject claims, JWTOptions options) {
      return "token";
    }

    @Override
    public String generateToken(JsonObject claims) {
      return "token";
    }
  };

  private final VerifiedTokens tokens = new VerifiedTokens(verifier);

  @Test
  void aTokenVerifiedOnce_isNotCheckedAgain_andEachCallerGetsItsOwnUser() {
    User first = tokens.authenticate(new TokenCredentials("a.b.c")).result();
    first.principal().put("sub", "changed by a handler");
    User second = tokens.authenticate(new TokenCredentials("a.b.c")).result();

    assertThat(checks).hasValue(1);
    assertThat(second.subject()).isEqualTo("customer-1");
    assertThat(second).isNotSameAs(first);
  }

  @Test
  void anotherToken_isChecked() {
    tokens.authenticate(new TokenCredentials("a.b.c")).result();
    tokens.authenticate(new TokenCredentials("a.b.d")).result();

    assertThat(checks).hasValue(2);
  }

  @Test
  void anExpiredToken_isCheckedAgain() {
    expiresAt = System.currentTimeMillis() / 1000 - 10;
    tokens.authenticate(new TokenCredentials("a.b.c")).result();
    valid = false;

    assertThat(tokens.authenticate(new TokenCredentials("a.b.c")).failed()).isTrue();
    assertThat(checks).hasValue(2);
  }

  @Test
  void aRejectedToken_isNotRemembered() {
    valid = false;
    assertThat(tokens.authenticate(new TokenCredentials("a.b.c")).failed()).isTrue();
    valid = true;

    assertThat(tokens.authenticate(new TokenCredentials("a.b.c")).succeeded()).isTrue();
    assertThat(checks).hasValue(2);
  }
}
