package org.bazaar.edge.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads an optional bearer token on operations that need none: a valid one names the client for its rate
 * limit and, where the operation says more to a signed-in caller (the product page records the view), names
 * the caller too; a missing, malformed or invalid one leaves the request anonymous instead of failing it.
 */
public final class Identify implements Handler<RoutingContext> {

  /** Where the subject of a verified optional token is kept for the rate limit. */
  static final String CLIENT = "bazaar.client";

  private final JWTAuth verifier;
  private final boolean asCaller;

  /** @param asCaller whether a valid token makes its subject the caller, as on a secured operation */
  public Identify(JWTAuth verifier, boolean asCaller) {
    this.verifier = verifier;
    this.asCaller = asCaller;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (!Authenticate.isBearer(authorization)) {
      ctx.next();
      return;
    }
    verifier.authenticate(new TokenCredentials(authorization.substring("Bearer ".length())))
        .onComplete(verified -> {
          JsonObject claims = verified.succeeded() ? Authorize.claimsOf(verified.result()) : null;
          if (Authorize.acceptable(claims)) {
            ctx.put(CLIENT, claims.getString("sub"));
            if (asCaller) {
              ctx.put(Authorize.CLAIMS, claims);
            }
          }
          ctx.next();
        });
  }
}
