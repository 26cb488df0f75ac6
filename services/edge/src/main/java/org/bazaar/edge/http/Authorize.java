package org.bazaar.edge.http;

import java.util.List;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.edge.Access;
import org.bazaar.edge.Roles;
import org.bazaar.platform.http.HttpProblem;

/**
 * Checks the authenticated token against an operation's {@link Access}: the token must name a subject and
 * carry an expiry (the verifier accepts tokens without one), and its {@code roles} claim must allow the call.
 */
public final class Authorize implements Handler<RoutingContext> {

  private final Access access;

  public Authorize(Access access) {
    this.access = access;
  }

  @Override
  public void handle(RoutingContext ctx) {
    JsonObject claims = claims(ctx);
    if (!acceptable(claims)) {
      Authenticate.challenge(ctx, "The bearer token must name a subject and expire.");
      return;
    }
    if (!access.allows(roles(ctx))) {
      ctx.fail(HttpProblem.forbidden("Your role does not allow this."));
      return;
    }
    ctx.next();
  }

  /** Where {@link Identify} keeps the claims of an optional token it verified. */
  static final String CLAIMS = "bazaar.claims";

  /** Whether verified claims name a subject and carry an expiry. */
  static boolean acceptable(JsonObject claims) {
    return claims != null && !claims.getString("sub", "").isBlank() && claims.getValue("exp") instanceof Number;
  }

  /** The decoded token of the user, as the JWT provider keeps it in the user's attributes. */
  static JsonObject claimsOf(User user) {
    return user == null ? null : user.attributes().getJsonObject("accessToken");
  }

  /** The verified token's claims: of a required token, or of an optional one that {@link Identify} accepted. */
  private static JsonObject claims(RoutingContext ctx) {
    JsonObject claims = claimsOf(ctx.user());
    return claims != null ? claims : ctx.get(CLAIMS);
  }

  /** The signed-in caller's account id, or null for an anonymous request. */
  public static String subject(RoutingContext ctx) {
    JsonObject claims = claims(ctx);
    return claims == null ? null : claims.getString("sub");
  }

  /** The signed-in caller's roles, from the token's {@code roles} claim. */
  public static List<String> roles(RoutingContext ctx) {
    JsonObject claims = claims(ctx);
    if (claims == null) {
      return List.of();
    }
    Object claim = claims.getValue("roles");
    return Roles.fromClaim(claim instanceof JsonArray array ? array.getList() : claim);
  }
}
