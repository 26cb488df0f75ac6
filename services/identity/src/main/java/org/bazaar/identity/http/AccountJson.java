package org.bazaar.identity.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.identity.Account;

/** The public JSON form of an account: {@code {id, email, name, roles}}. */
final class AccountJson {

  private AccountJson() {
  }

  static JsonObject of(Account account) {
    return new JsonObject()
        .put("id", account.id().toString())
        .put("email", account.email())
        .put("name", account.name())
        .put("roles", new JsonArray(account.roles()));
  }
}
