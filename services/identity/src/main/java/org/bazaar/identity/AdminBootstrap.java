package org.bazaar.identity;

import java.time.Instant;

import io.vertx.core.Future;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.identity.config.IdentityConfig;
import org.bazaar.identity.persistence.AccountRepository;

/**
 * Makes sure the configured admin account exists. Safe to run on every start and from several instances at
 * once: the insert does nothing when the address is taken, so exactly one admin account ever exists.
 */
public final class AdminBootstrap {

  private static final Logger LOG = LogManager.getLogger(AdminBootstrap.class);

  private final AccountRepository accounts;
  private final PasswordHashing hashing;

  public AdminBootstrap(AccountRepository accounts, PasswordHashing hashing) {
    this.accounts = accounts;
    this.hashing = hashing;
  }

  public Future<Void> ensureAdmin(IdentityConfig config) {
    return accounts.findByEmail(config.adminEmail()).compose(found -> {
      if (found.isPresent()) {
        if (!found.get().account().hasRole(Roles.ADMIN)) {
          LOG.warn("the account {} exists but is not an admin; leaving it unchanged", config.adminEmail());
        }
        return Future.succeededFuture();
      }
      Account admin = Account.open(config.adminEmail(), config.adminName(), Roles.ADMINISTRATOR, Instant.now());
      return hashing.hash(config.adminPassword())
          .compose(hash -> accounts.create(admin, hash, null))
          .onSuccess(created -> {
            if (created) {
              LOG.info("created the admin account {}", config.adminEmail());
            }
          })
          .mapEmpty();
    });
  }
}
