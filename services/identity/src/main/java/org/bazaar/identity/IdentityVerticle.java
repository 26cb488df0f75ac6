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

/** Wires identity: accounts in Postgres, Argon2id hashing on worker threads, tokens, the admin bootstrap. */
public final class IdentityVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;

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
    // building the hasher computes its dummy hash: slow, so off the event loop
    return vertx.executeBlocking(() -> new PasswordHasher(config.hashMemoryKib(), config.hashIterations(),
            config.hashParallelism()), false)
        .compose(hasher -> defaults.migrateAndRelay()
            .compose(v -> new AdminBootstrap(vertx, accounts, hasher).ensureAdmin(config))
            .compose(v -> {
              new IdentityRoutes(vertx, accounts, hasher, config.jwt()).mount(router);
              return defaults.serve(router);
            }));
  }

  @Override
  public Future<?> stop() {
    return defaults == null ? Future.succeededFuture() : defaults.close();
  }
}
