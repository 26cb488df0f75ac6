package org.bazaar.edge;

import java.util.Collection;
import java.util.Set;

/**
 * Who may call an operation, judged by the token's roles: anyone (a token, if sent, is ignored), anyone
 * but a valid token names the caller, any signed-in account, customers, or admins only.
 */
public enum Access {
  PUBLIC(Set.of()),
  OPTIONAL_TOKEN(Set.of()),
  SIGNED_IN(Set.of(Roles.CUSTOMER, Roles.ADMIN)),
  CUSTOMER(Set.of(Roles.CUSTOMER)),
  ADMIN(Set.of(Roles.ADMIN));

  private final Set<String> anyOf;

  Access(Set<String> anyOf) {
    this.anyOf = anyOf;
  }

  public boolean needsToken() {
    return !anyOf.isEmpty();
  }

  /** True when one of the caller's roles is enough for this level. */
  public boolean allows(Collection<String> roles) {
    return !needsToken() || roles.stream().anyMatch(anyOf::contains);
  }
}
