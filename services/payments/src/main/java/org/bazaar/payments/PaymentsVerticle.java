package org.bazaar.payments;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.bazaar.events.EventTypes;
import org.bazaar.payments.config.PaymentsConfig;
import org.bazaar.payments.messaging.OrderCancelledHandler;
import org.bazaar.payments.messaging.PaymentRequestedHandler;
import org.bazaar.payments.persistence.PaymentRepository;
import org.bazaar.payments.provider.PaymentProvider;
import org.bazaar.payments.provider.ProviderMetrics;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.launch.ServiceDefaults;
import org.bazaar.platform.resilience.Breakers;

/** Wires the payments service: the provider client behind its breaker, the two event handlers, health and metrics. */
public final class PaymentsVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;
  private WebClient client;
  private CircuitBreaker breaker;

  public PaymentsVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    PaymentsConfig config = PaymentsConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);

    // the provider, behind its breaker
    client = WebClient.create(vertx, new WebClientOptions().setUserAgent("bazaar-payments")
        .setConnectTimeout((int) config.breaker().timeout().toMillis()));
    breaker = Breakers.create(vertx, PaymentsConfig.BREAKER_NAME, config.breaker(), registry);
    PaymentProvider provider = new PaymentProvider(client, config.chargesUrl(), breaker, config.breaker().timeout(),
        new ProviderMetrics(registry));
    defaults.health().checks().register(PaymentsConfig.BREAKER_NAME, promise -> promise.tryComplete(
        Status.OK(new JsonObject().put("state", breaker.state().name()))));

    // consume
    PaymentRepository payments = new PaymentRepository();
    Inbox inbox = defaults.inbox(PaymentsConfig.NAME);
    defaults.consumer()
        .on(EventTypes.PAYMENT_REQUESTED_V1,
            new PaymentRequestedHandler(defaults.pool(), inbox, payments, provider, defaults.outbox())::handle)
        .on(EventTypes.ORDER_CANCELLED_V1, new OrderCancelledHandler(inbox, payments)::handle);

    // serve health and metrics only: payments has no business HTTP API
    return defaults.migrateAndRelay()
        .compose(v -> defaults.startConsumers())
        .compose(v -> defaults.serve(defaults.router()));
  }

  @Override
  public Future<?> stop() {
    if (defaults == null) {
      return Future.succeededFuture();
    }
    return defaults.close().eventually(() -> {
      if (breaker != null) {
        breaker.close();
      }
      if (client != null) {
        client.close();
      }
      return Future.succeededFuture();
    });
  }
}
