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
    if (claims == null || claims.getString("sub", "").isBlank() || !(claims.getValue("exp") instanceof Number)) {
      Authenticate.challenge(ctx, "The bearer token must name a subject and expire.");
      return;
    }
    if (!access.allows(roles(ctx))) {
      ctx.fail(HttpProblem.forbidden("Your role does not allow this."));
      return;
    }
    ctx.next();
  }

  /** The verified token's claims (the JWT provider keeps the decoded token in the user's attributes). */
  private static JsonObject claims(RoutingContext ctx) {
    User user = ctx.user();
    return user == null ? null : user.attributes().getJsonObject("accessToken");
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
