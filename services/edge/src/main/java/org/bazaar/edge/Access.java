package org.bazaar.edge;

import java.util.Collection;
import java.util.Set;

/** Who may call an operation: anyone, any signed-in account, or admins only, judged by the token's roles. */
public enum Access {
  PUBLIC(Set.of()),
  SIGNED_IN(Set.of(Roles.CUSTOMER, Roles.ADMIN)),
  ADMIN(Set.of(Roles.ADMIN));

  private final Set<String> anyOf;

  Access(Set<String> anyOf) {
    this.anyOf = anyOf;
  }

  public boolean needsToken() {
    return this != PUBLIC;
  }

  /** True when one of the caller's roles is enough for this level. */
  public boolean allows(Collection<String> roles) {
    return !needsToken() || roles.stream().anyMatch(anyOf::contains);
  }
}
