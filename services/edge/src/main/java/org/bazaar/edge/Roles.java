package org.bazaar.edge;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The role names tokens carry, and how they travel to the services in {@code X-Bazaar-User-Roles}. */
public final class Roles {

  public static final String CUSTOMER = "customer";
  public static final String ADMIN = "admin";

  private Roles() {
  }

  /** Roles as one comma-separated header value; blanks and anything with a comma are dropped. */
  public static String header(Collection<?> roles) {
    return roles.stream().filter(Objects::nonNull).map(Object::toString).map(String::trim)
        .filter(role -> !role.isEmpty() && !role.contains(",")).distinct().collect(Collectors.joining(","));
  }

  /** The roles of a {@code roles} claim that is either a list or a comma- or space-separated string. */
  public static List<String> fromClaim(Object claim) {
    if (claim instanceof Collection<?> list) {
      return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    if (claim instanceof String text) {
      return List.of(text.split("[,\\s]+")).stream().filter(role -> !role.isEmpty()).toList();
    }
    return List.of();
  }
}
