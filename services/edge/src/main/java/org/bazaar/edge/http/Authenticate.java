package org.bazaar.edge.http;

import java.util.Base64;
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
  private static final int ES256_SIGNATURE_BYTES = 64;
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

  /**
   * Whether an {@code Authorization} value has the shape of a bearer JWT whose signature is a canonical ES256
   * one. The verifier alone would accept a signature with characters appended or its last bits changed (the
   * base64url decoder ignores them), so the same token could be presented in many spellings.
   */
  static boolean isBearer(String authorization) {
    if (authorization == null || !BEARER.matcher(authorization).matches()) {
      return false;
    }
    String signature = authorization.substring(authorization.lastIndexOf('.') + 1);
    byte[] decoded = Base64.getUrlDecoder().decode(signature.length() % 4 == 1 ? signature + "A" : signature);
    return decoded.length == ES256_SIGNATURE_BYTES
        && Base64.getUrlEncoder().withoutPadding().encodeToString(decoded).equals(signature);
  }

  static void challenge(RoutingContext ctx, String detail) {
    ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
    ctx.fail(HttpProblem.unauthorized(detail));
  }
}
