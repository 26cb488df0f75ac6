package org.bazaar.edge.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.User;
import io.vertx.ext.auth.authentication.Credentials;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;

/**
 * Remembers the tokens it has verified until they expire, so a client's every request does not pay for an ES256
 * signature check again (under load it was the edge's largest CPU cost). Only successes are remembered, keyed by
 * the exact token; each caller gets its own copy of the user. At most {@link #CAPACITY} tokens are kept.
 */
public final class VerifiedTokens implements JWTAuth {

  static final int CAPACITY = 10_000;

  private final JWTAuth verifier;
  private final Map<String, User> verified = new ConcurrentHashMap<>();

  public VerifiedTokens(JWTAuth verifier) {
    this.verifier = verifier;
  }

  @Override
  public Future<User> authenticate(Credentials credentials) {
    if (!(credentials instanceof TokenCredentials token) || token.getToken() == null) {
      return verifier.authenticate(credentials);
    }
    String key = token.getToken();
    User known = verified.get(key);
    if (known != null && !known.expired()) {
      return Future.succeededFuture(copy(known));
    }
    if (known != null) {
      verified.remove(key);
    }
    return verifier.authenticate(credentials).map(user -> {
      if (verified.size() >= CAPACITY) {
        verified.clear();
      }
      verified.put(key, copy(user));
      return user;
    });
  }

  @Override
  public String generateToken(JsonObject claims, JWTOptions options) {
    return verifier.generateToken(claims, options);
  }

  @Override
  public String generateToken(JsonObject claims) {
    return verifier.generateToken(claims);
  }

  private static User copy(User user) {
    return User.create(user.principal().copy(), user.attributes().copy());
  }
}
