package org.bazaar.identity;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.ext.web.Router;
import org.bazaar.identity.config.IdentityConfig;
import org.bazaar.identity.http.IdentityRoutes;
import org.bazaar.identity.persistence.AccountRepository;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.launch.ServiceDefaults;

/** Wires identity: accounts in Postgres, Argon2id hashing on a bounded worker pool, tokens, the admin bootstrap. */
public final class IdentityVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;
  private PasswordHashing hashing;

  public IdentityVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    IdentityConfig config = IdentityConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);
    AccountRepository accounts = new AccountRepository(defaults.pool(), defaults.outbox());
    Router router = defaults.router();
    return PasswordHashing.start(vertx, config.hashMemoryKib(), config.hashIterations(), config.hashParallelism(),
            config.hashConcurrency())
        .compose(started -> {
          hashing = started;
          return defaults.migrateAndRelay();
        })
        .compose(v -> new AdminBootstrap(accounts, hashing).ensureAdmin(config))
        .compose(v -> {
          new IdentityRoutes(vertx, accounts, hashing, config.jwt()).mount(router);
          return defaults.serve(router);
        });
  }

  @Override
  public Future<?> stop() {
    Future<Void> pool = hashing == null ? Future.succeededFuture() : hashing.close();
    return pool.eventually(() -> defaults == null ? Future.succeededFuture() : defaults.close());
  }
}
