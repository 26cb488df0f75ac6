package org.bazaar.identity.persistence;

import org.bazaar.identity.Account;

/** An account together with its password hash, as read for signing in. */
public record StoredAccount(Account account, String passwordHash) {

  @Override
  public String toString() {
    return "StoredAccount[" + account + "]";
  }
}
