package org.bazaar.edge.http;

import java.util.regex.Pattern;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.JWTAuthHandler;
import org.bazaar.platform.http.HttpProblem;

/**
 * Requires a valid bearer token: a missing or malformed header is 401 here (the JWT handler would answer a
 * malformed one with 400), then the JWT handler checks signature, expiry, issuer and audience (401 on failure).
 * Every 401 carries {@code WWW-Authenticate}.
 */
public final class Authenticate implements Handler<RoutingContext> {

  public static final String REALM = "bazaar";
  private static final Pattern BEARER = Pattern.compile("^Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");

  private final JWTAuthHandler jwt;

  public Authenticate(JWTAuth verifier) {
    this.jwt = JWTAuthHandler.create(verifier, REALM);
  }

  @Override
  public void handle(RoutingContext ctx) {
    String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null) {
      challenge(ctx, "A bearer token is required.");
      return;
    }
    if (!isBearer(authorization)) {
      challenge(ctx, "The bearer token is malformed.");
      return;
    }
    jwt.handle(ctx);
  }

  /** Whether an {@code Authorization} value has the shape of a bearer JWT. */
  static boolean isBearer(String authorization) {
    return authorization != null && BEARER.matcher(authorization).matches();
  }

  static void challenge(RoutingContext ctx, String detail) {
    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
    ctx.fail(HttpProblem.unauthorized(detail));
  }
}
