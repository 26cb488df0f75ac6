package org.bazaar.identity.http;

import java.time.Instant;
import java.util.UUID;

import io.vertx.ext.web.RoutingContext;
import org.bazaar.identity.Account;
import org.bazaar.identity.PasswordHashing;
import org.bazaar.identity.Registration;
import org.bazaar.identity.Roles;
import org.bazaar.identity.persistence.AccountRepository;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.http.JsonBodies;

/** Opens accounts and shows them. */
final class AccountHandlers {

  private final AccountRepository accounts;
  private final PasswordHashing hashing;

  AccountHandlers(AccountRepository accounts, PasswordHashing hashing) {
    this.accounts = accounts;
    this.hashing = hashing;
  }

  void register(RoutingContext ctx) {
    Registration registration = Registration.from(JsonBodies.object(ctx).getMap());
    Account account = Account.open(registration.email(), registration.name(), Roles.NEW_ACCOUNT, Instant.now());
    String traceparent = ctx.request().getHeader("traceparent");
    hashing.hash(registration.password())
        .compose(hash -> accounts.create(account, hash, traceparent))
        .onSuccess(created -> {
          if (!created) {
            ctx.fail(HttpProblem.conflict("An account with this e-mail address already exists."));
            return;
          }
          JsonBodies.send(ctx, 201, AccountJson.of(account));
        })
        .onFailure(ctx::fail);
  }

  void get(RoutingContext ctx) {
    UUID id;
    try {
      id = UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.notFound("No such account.");
    }
    accounts.findById(id)
        .onSuccess(found -> found.ifPresentOrElse(account -> JsonBodies.send(ctx, 200, AccountJson.of(account)),
            () -> ctx.fail(HttpProblem.notFound("No such account."))))
        .onFailure(ctx::fail);
  }
}
