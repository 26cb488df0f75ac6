package org.bazaar.notifications;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import org.bazaar.events.EventTypes;
import org.bazaar.notifications.config.NotificationsConfig;
import org.bazaar.notifications.mail.SmtpHealth;
import org.bazaar.notifications.mail.SmtpMailer;
import org.bazaar.notifications.messaging.MailDelivery;
import org.bazaar.notifications.messaging.Notifier;
import org.bazaar.notifications.messaging.OrderCancelledHandler;
import org.bazaar.notifications.messaging.OrderConfirmedHandler;
import org.bazaar.notifications.messaging.PendingMailRetry;
import org.bazaar.notifications.messaging.UserRegisteredHandler;
import org.bazaar.notifications.persistence.SentMailRepository;
import org.bazaar.notifications.persistence.UserRepository;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.launch.ServiceDefaults;

/** Wires the notifications service: the user copy, the mail claims, the SMTP mailer and the three handlers. */
public final class NotificationsVerticle extends VerticleBase {

  private final Env env;
  private final PrometheusMeterRegistry registry;
  private ServiceDefaults defaults;
  private SmtpMailer mailer;
  private SmtpHealth smtpHealth;
  private PendingMailRetry retry;

  public NotificationsVerticle(Env env, PrometheusMeterRegistry registry) {
    this.env = env;
    this.registry = registry;
  }

  @Override
  public Future<?> start() {
    NotificationsConfig config = NotificationsConfig.from(env);
    defaults = new ServiceDefaults(vertx, config.service(), registry);
    mailer = new SmtpMailer(vertx, config.smtp());
    UserRepository users = new UserRepository();
    SentMailRepository mails = new SentMailRepository(defaults.pool());
    MailDelivery delivery = new MailDelivery(defaults.pool(), mails, mailer, registry);
    Notifier notifier = new Notifier(defaults.inbox(NotificationsConfig.NAME), mails, delivery, config.smtp().from());
    retry = new PendingMailRetry(vertx, mails, delivery, config.retryInterval(), config.retryAfter());
    smtpHealth = new SmtpHealth(vertx);
    smtpHealth.register(defaults.health().checks(), config.smtp());

    // consume: users and orders in two members of the group, so an order event retrying while its customer is
    // unknown never holds back the user.registered it waits for
    defaults.consumer()
        .on(EventTypes.USER_REGISTERED_V1, new UserRegisteredHandler(notifier, users)::handle);
    defaults.consumer()
        .on(EventTypes.ORDER_CONFIRMED_V1, new OrderConfirmedHandler(notifier, users)::handle)
        .on(EventTypes.ORDER_CANCELLED_V1, new OrderCancelledHandler(notifier, users)::handle);

    // serve health and metrics only
    return defaults.migrateAndRelay()
        .compose(v -> defaults.startConsumers())
        .compose(v -> defaults.serve(defaults.router()))
        .onSuccess(server -> retry.start());
  }

  @Override
  public Future<?> stop() {
    if (defaults == null) {
      return Future.succeededFuture();
    }
    retry.stop();
    return defaults.close().eventually(mailer::close).eventually(smtpHealth::close);
  }
}
