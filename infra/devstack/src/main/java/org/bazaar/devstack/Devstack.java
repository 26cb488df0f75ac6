package org.bazaar.devstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.vertx.core.Vertx;
import org.bazaar.events.Topics;
import org.bazaar.infra.kafka.EmbeddedKafka;
import org.bazaar.paymentsimulator.PaymentSimulator;
import org.bazaar.paymentsimulator.config.SimulatorConfig;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.security.JwtKeys;

/**
 * The whole shop in one process: a real Kafka broker, the service databases on the local Postgres, the
 * payment provider simulator, and every service in its own Vert.x instance on its own port.
 */
public final class Devstack implements AutoCloseable {

  private final DevstackSettings settings;
  private final Consumer<String> progress;
  private final List<ServiceLauncher.Running> running = new ArrayList<>();
  private EmbeddedKafka kafka;
  private Vertx simulatorVertx;
  private PaymentSimulator simulator;

  public Devstack(DevstackSettings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
  }

  public String edgeUrl() {
    return "http://127.0.0.1:" + settings.port(8080);
  }

  public String simulatorUrl() {
    return "http://127.0.0.1:" + settings.port(Services.SIMULATOR_PORT);
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  public DevstackSettings settings() {
    return settings;
  }

  /** Starts everything, blocking the calling thread (not an event loop) until the edge is up. */
  public Devstack start() {
    Map<String, Integer> ports = new java.util.LinkedHashMap<>();
    ports.put("kafka", settings.kafkaPort());
    ports.put("payment simulator", settings.port(Services.SIMULATOR_PORT));
    Services.ALL.forEach(spec -> ports.put(spec.name(), settings.port(spec.port())));
    Ports.requireFree(ports);
    StateDirectory state = StateDirectory.prepare(settings.stateDir(), settings.fresh());
    progress.accept("databases: " + settings.pgHost() + ":" + settings.pgPort());
    new PostgresProvisioner(settings).provision(Services.ALL.stream().filter(ServiceSpec::ownsDatabase)
        .map(ServiceSpec::name).toList());

    progress.accept("kafka: starting a broker in " + state.kafka());
    kafka = EmbeddedKafka.on(state.kafka(), settings.kafkaPort()).start();
    List<String> topics = new ArrayList<>(Topics.all());
    Services.ALL.stream().filter(ServiceSpec::consumesEvents).forEach(s -> topics.add(Topics.deadLetter(s.name())));
    kafka.createTopics(topics, 3);
    progress.accept("kafka: " + kafka.bootstrapServers());

    simulatorVertx = Vertx.vertx();
    Map<String, String> simulatorEnv = new HashMap<>(System.getenv());
    simulatorEnv.putAll(settings.extra());
    simulatorEnv.put("BAZAAR_SIMULATOR_HOST", "127.0.0.1");
    simulatorEnv.put("BAZAAR_SIMULATOR_PORT", Integer.toString(settings.port(Services.SIMULATOR_PORT)));
    simulator = PaymentSimulator.start(simulatorVertx, SimulatorConfig.from(simulatorEnv)).await();
    progress.accept("payment simulator: " + simulatorUrl());

    JwtKeys.Pem keys = JwtKeyStore.loadOrCreate(state.root());
    for (ServiceSpec spec : Services.ALL) {
      Env env = Env.of(serviceEnv(spec, keys));
      running.add(ServiceLauncher.start(spec.name(), env, spec.factory()).await());
      progress.accept(spec.name() + ": http://127.0.0.1:" + settings.port(spec.port()));
    }
    return this;
  }

  private Map<String, String> serviceEnv(ServiceSpec spec, JwtKeys.Pem keys) {
    Map<String, String> env = new HashMap<>();
    env.put("BAZAAR_HTTP_HOST", "127.0.0.1");
    env.put("BAZAAR_HTTP_PORT", Integer.toString(settings.port(spec.port())));
    env.put("BAZAAR_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    env.put("BAZAAR_PG_HOST", settings.pgHost());
    env.put("BAZAAR_PG_PORT", Integer.toString(settings.pgPort()));
    env.put("BAZAAR_PG_DATABASE", settings.database(spec.name()));
    env.put("BAZAAR_PG_USER", settings.database(spec.name()));
    env.put("BAZAAR_PG_PASSWORD", settings.database(spec.name()));
    env.put("BAZAAR_JWT_PUBLIC_KEY", keys.publicKey());
    if (spec.name().equals("identity")) {
      env.put("BAZAAR_JWT_PRIVATE_KEY", keys.privateKey());
      env.put("BAZAAR_ADMIN_EMAIL", settings.adminEmail());
      env.put("BAZAAR_ADMIN_PASSWORD", settings.adminPassword());
    }
    env.put("BAZAAR_PAYMENT_PROVIDER_URL", simulatorUrl());
    for (ServiceSpec other : Services.ALL) {
      env.put("BAZAAR_SERVICE_" + other.name().toUpperCase() + "_URL", "http://127.0.0.1:" + settings.port(other.port()));
    }
    env.putAll(settings.extra());
    return env;
  }

  /** Stops the services in reverse order, then the simulator and the broker. */
  @Override
  public void close() {
    for (int i = running.size() - 1; i >= 0; i--) {
      ServiceLauncher.Running service = running.get(i);
      try {
        service.stop().await();
      } catch (RuntimeException e) {
        progress.accept(service.name() + " did not stop cleanly: " + e.getMessage());
      }
    }
    running.clear();
    if (simulator != null) {
      simulator.close().await();
      simulatorVertx.close().await();
      simulator = null;
    }
    if (kafka != null) {
      kafka.close();
      kafka = null;
    }
  }
}
