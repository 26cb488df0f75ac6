package org.bazaar.platform.http;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.vertx.ext.web.RoutingContext;

/**
 * Who the edge says is calling a service: {@code X-Bazaar-User-Id} and {@code X-Bazaar-User-Roles}. Only the
 * edge sets these (it strips them from client requests); services trust them behind the network policy.
 */
public record Caller(String userId, Set<String> roles) {

  public static final String USER_HEADER = "X-Bazaar-User-Id";
  public static final String ROLES_HEADER = "X-Bazaar-User-Roles";

  public static Caller of(RoutingContext ctx) {
    String user = ctx.request().getHeader(USER_HEADER);
    String roles = ctx.request().getHeader(ROLES_HEADER);
    Set<String> set = roles == null ? Set.of()
        : Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
    return new Caller(user == null || user.isBlank() ? null : user, set);
  }

  public boolean isAdmin() {
    return roles.contains("admin");
  }

  /** The caller's id, or a 401 problem when the edge sent none. */
  public String requireUser() {
    if (userId == null) {
      throw HttpProblem.unauthorized("A signed-in user is required.");
    }
    return userId;
  }

  public void requireAdmin() {
    requireUser();
    if (!isAdmin()) {
      throw HttpProblem.forbidden("Only an admin may do this.");
    }
  }
}
