package org.bazaar.identity;

import java.util.List;

/** The roles an account can hold: every account is a customer, a few are also admins. */
public final class Roles {

  public static final String CUSTOMER = "customer";
  public static final String ADMIN = "admin";
  public static final List<String> NEW_ACCOUNT = List.of(CUSTOMER);
  public static final List<String> ADMINISTRATOR = List.of(ADMIN, CUSTOMER);

  private Roles() {
  }
}
