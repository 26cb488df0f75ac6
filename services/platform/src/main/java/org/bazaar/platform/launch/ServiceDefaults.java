package org.bazaar.platform.launch;

import java.util.Map;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.sqlclient.Pool;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.events.EventSchemas;
import org.bazaar.platform.config.ServiceConfig;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.db.Migrations;
import org.bazaar.platform.health.Health;
import org.bazaar.platform.http.Problems;
import org.bazaar.platform.inbox.Inbox;
import org.bazaar.platform.messaging.EventConsumer;
import org.bazaar.platform.outbox.Outbox;
import org.bazaar.platform.outbox.OutboxRelay;
import org.bazaar.platform.outbox.RelayLeadership;

/**
 * What every service with a database gets, composed rather than inherited: the pool and its migrations,
 * the outbox and its relay, inboxes and consumers, and an HTTP server with health, metrics and problem+json.
 */
public final class ServiceDefaults {

  private static final Logger LOG = LogManager.getLogger(ServiceDefaults.class);
  public static final int BODY_LIMIT_BYTES = 64 * 1024;

  private final Vertx vertx;
  private final ServiceConfig config;
  private final PrometheusMeterRegistry registry;
  private final EventSchemas schemas = EventSchemas.load();
  private final Pool pool;
  private final Outbox outbox;
  private final OutboxRelay relay;
  private final Health health;
  private final java.util.List<EventConsumer> consumers = new java.util.ArrayList<>();
  private HttpServer server;

  public ServiceDefaults(Vertx vertx, ServiceConfig config, PrometheusMeterRegistry registry) {
    this.vertx = vertx;
    this.config = config;
    this.registry = registry;
    this.pool = Databases.pool(vertx, config.pg(), config.name() + "-pool");
    this.outbox = new Outbox("/bazaar/" + config.name(), schemas);
    this.relay = new OutboxRelay(vertx, pool,
        new RelayLeadership(vertx, Databases.connectOptions(config.pg()), 2000),
        Map.of("bootstrap.servers", config.kafka().bootstrapServers(), "client.id", config.name() + "-outbox"),
        registry, 1000);
    this.health = new Health(vertx).postgres(pool).kafka(vertx, config.kafka().bootstrapServers());
  }

  public Pool pool() {
    return pool;
  }

  public Outbox outbox() {
    return outbox;
  }

  public EventSchemas schemas() {
    return schemas;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public ServiceConfig config() {
    return config;
  }

  public Inbox inbox(String consumer) {
    return new Inbox(pool, consumer);
  }

  /** A consumer group named after the service; start it with {@link #startConsumers()}. */
  public EventConsumer consumer() {
    EventConsumer consumer = new EventConsumer(vertx, config.kafka(), config.name(), schemas, registry);
    consumers.add(consumer);
    return consumer;
  }

  /** Runs the migrations, then starts the outbox relay. */
  public Future<Void> migrateAndRelay() {
    return Migrations.migrate(vertx, config.pg(), config.name()).compose(v -> relay.start());
  }

  public Future<Void> startConsumers() {
    return Future.all(consumers.stream().map(EventConsumer::start).toList()).mapEmpty();
  }

  /** A router with a body limit, health and metrics routes, and the problem+json failure handler. */
  public Router router() {
    Router router = Router.router(vertx);
    health.mount(router);
    router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
    router.route().failureHandler(Problems.failureHandler());
    return router;
  }

  public Health health() {
    return health;
  }

  public Future<HttpServer> serve(Router router) {
    router.route().last().handler(ctx -> ctx.fail(404));
    return vertx.createHttpServer(new HttpServerOptions().setHost(config.httpHost()).setPort(config.httpPort()))
        .requestHandler(router)
        .listen()
        .onSuccess(s -> {
          server = s;
          LOG.info("{} listening on {}:{}", config.name(), config.httpHost(), s.actualPort());
        });
  }

  public int actualPort() {
    return server == null ? config.httpPort() : server.actualPort();
  }

  /** Stops accepting requests, then consumers, then the relay, then closes the pool. */
  public Future<Void> close() {
    Future<Void> http = server == null ? Future.succeededFuture() : server.shutdown();
    return http
        .eventually(() -> Future.all(consumers.stream().map(EventConsumer::stop).toList()))
        .eventually(relay::stop)
        .eventually(health::close)
        .eventually(pool::close);
  }
}
