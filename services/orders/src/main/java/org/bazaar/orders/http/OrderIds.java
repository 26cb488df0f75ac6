package org.bazaar.orders.http;

import java.util.UUID;

import org.bazaar.platform.http.HttpProblem;

/** Order ids in paths: a UUID names an order; anything else names none (404, never 400). */
final class OrderIds {

  private OrderIds() {
  }

  static UUID parse(String id) {
    try {
      if (id != null && id.length() == 36) {
        return UUID.fromString(id);
      }
    } catch (IllegalArgumentException e) {
      // a malformed id names no order
    }
    throw notFound(id);
  }

  static HttpProblem notFound(String id) {
    return HttpProblem.notFound("No order " + id + ".");
  }
}
