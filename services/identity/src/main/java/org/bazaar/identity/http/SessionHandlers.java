package org.bazaar.identity.http;

import java.util.Optional;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.web.RoutingContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.identity.Account;
import org.bazaar.identity.Credentials;
import org.bazaar.identity.PasswordHashing;
import org.bazaar.identity.persistence.AccountRepository;
import org.bazaar.identity.persistence.StoredAccount;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.http.JsonBodies;
import org.bazaar.platform.security.Jwt;
import org.bazaar.platform.security.JwtSettings;

/**
 * Signs accounts in with an ES256 access token. An unknown address and a wrong password get the same answer
 * after the same work, so neither the body nor the timing tells whether an account exists.
 */
final class SessionHandlers {

  private static final Logger LOG = LogManager.getLogger(SessionHandlers.class);

  private final AccountRepository accounts;
  private final PasswordHashing hashing;
  private final JWTAuth issuer;
  private final JwtSettings settings;

  SessionHandlers(Vertx vertx, AccountRepository accounts, PasswordHashing hashing, JwtSettings settings) {
    this.accounts = accounts;
    this.hashing = hashing;
    this.settings = settings;
    this.issuer = Jwt.issuer(vertx, settings);
  }

  void create(RoutingContext ctx) {
    Credentials credentials = Credentials.from(JsonBodies.object(ctx).getMap());
    accounts.findByEmail(credentials.email())
        .compose(found -> hashing.verifyOrWaste(credentials.password(),
                found.map(StoredAccount::passwordHash).orElse(null))
            .map(matches -> matches ? found : Optional.<StoredAccount>empty()))
        .onSuccess(signedIn -> signedIn.ifPresentOrElse(stored -> {
          issue(ctx, stored.account());
          rehashIfOutdated(stored, credentials.password());
        }, () -> ctx.fail(HttpProblem.unauthorized("The e-mail address or the password is wrong."))))
        .onFailure(ctx::fail);
  }

  /**
   * After the answer is sent, replaces a hash made with other costs than the configured ones (an earlier
   * default, or an operator's change), so each account moves to the current costs at its next sign-in. A failure
   * only means the old hash stays for another sign-in.
   */
  private void rehashIfOutdated(StoredAccount stored, String password) {
    if (hashing.isCurrent(stored.passwordHash())) {
      return;
    }
    hashing.hash(password)
        .compose(fresh -> accounts.replacePasswordHash(stored.account().id(), stored.passwordHash(), fresh))
        .onSuccess(replaced -> LOG.info("password hash of account {} {} to the configured costs",
            stored.account().id(), replaced ? "moved" : "not moved (changed meanwhile)"))
        .onFailure(failure -> LOG.warn("password hash of account {} not moved to the configured costs: {}",
            stored.account().id(), failure.toString()));
  }

  private void issue(RoutingContext ctx, Account account) {
    JsonObject claims = new JsonObject()
        .put("email", account.email())
        .put("name", account.name())
        .put("roles", new JsonArray(account.roles()));
    String token = issuer.generateToken(claims, Jwt.tokenOptions(settings, account.id().toString()));
    ctx.response().putHeader("Cache-Control", "no-store");
    JsonBodies.send(ctx, 200, new JsonObject()
        .put("accessToken", token)
        .put("tokenType", "Bearer")
        .put("expiresIn", settings.ttl().toSeconds()));
  }
}
