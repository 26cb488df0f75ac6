package org.bazaar.identity.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import org.bazaar.identity.PasswordHashing;
import org.bazaar.identity.persistence.AccountRepository;
import org.bazaar.platform.security.JwtSettings;

/** Every route identity serves, in one place. */
public final class IdentityRoutes {

  private final AccountHandlers accounts;
  private final SessionHandlers sessions;

  public IdentityRoutes(Vertx vertx, AccountRepository repository, PasswordHashing hashing, JwtSettings jwt) {
    this.accounts = new AccountHandlers(repository, hashing);
    this.sessions = new SessionHandlers(vertx, repository, hashing, jwt);
  }

  public void mount(Router router) {
    router.post("/accounts").handler(accounts::register);
    router.get("/accounts/:id").handler(accounts::get);
    router.post("/sessions").handler(sessions::create);
  }
}
