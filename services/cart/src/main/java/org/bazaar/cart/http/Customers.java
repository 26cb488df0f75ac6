package org.bazaar.cart.http;

import java.util.UUID;

import io.vertx.ext.web.RoutingContext;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.HttpProblem;

/** The signed-in customer behind a request, as the user id (a UUID) the edge passes on. */
final class Customers {

  private Customers() {
  }

  /** The caller's user id, or a 401 problem when the edge sent none or one that is not a user id. */
  static UUID id(RoutingContext ctx) {
    String user = Caller.of(ctx).requireUser();
    try {
      return UUID.fromString(user);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.unauthorized("The caller is not a known user.");
    }
  }
}
