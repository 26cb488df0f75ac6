package org.bazaar.devstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.vertx.core.Vertx;
import org.bazaar.events.Topics;
import org.bazaar.infra.kafka.EmbeddedKafka;
import org.bazaar.mailsink.MailSink;
import org.bazaar.paymentsimulator.PaymentSimulator;
import org.bazaar.paymentsimulator.config.SimulatorConfig;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.launch.ServiceLauncher;

/**
 * The whole shop in one process: a real Kafka broker, the service databases on the local Postgres, the
 * payment provider simulator, an SMTP sink, and every service in its own Vert.x instance on its own port.
 */
public final class Devstack implements RunningShop, AutoCloseable {

  private final DevstackSettings settings;
  private final Consumer<String> progress;
  private final Map<String, ServiceLauncher.Running> running = new LinkedHashMap<>();
  private EmbeddedKafka kafka;
  private Vertx simulatorVertx;
  private PaymentSimulator simulator;
  private MailSink mailSink;
  private ServiceEnvironment environment;
  private SpanExporter spans;

  public Devstack(DevstackSettings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
  }

  @Override
  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  @Override
  public DevstackSettings settings() {
    return settings;
  }

  /**
   * Sends every service's spans to {@code exporter} (tests use an in-memory one) instead of where their
   * environment says; the caller owns the exporter. Call before {@link #start()}.
   */
  public Devstack exportSpansTo(SpanExporter exporter) {
    this.spans = exporter;
    return this;
  }

  /** Starts everything, blocking the calling thread (not an event loop) until the edge is up. */
  public Devstack start() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("kafka", settings.kafkaPort());
    ports.put("payment simulator", settings.port(Services.SIMULATOR_PORT));
    ports.put("mail sink", settings.port(Services.SMTP_PORT));
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

    mailSink = MailSink.start(settings.port(Services.SMTP_PORT));
    progress.accept("mail sink (SMTP): 127.0.0.1:" + mailSink.port());

    environment = new ServiceEnvironment(settings, kafka.bootstrapServers(), JwtKeyStore.loadOrCreate(state.root()),
        simulatorUrl(), mailSink.port());
    for (ServiceSpec spec : Services.ALL) {
      startService(spec.name());
      progress.accept(spec.name() + ": http://127.0.0.1:" + settings.port(spec.port()));
    }
    return this;
  }

  /** Starts one service (again), as the devstack configures it. */
  public void startService(String name) {
    ServiceSpec spec = Services.named(name).orElseThrow(() -> new IllegalArgumentException("no service " + name));
    Env env = Env.of(environment.of(spec));
    running.put(name, (spans == null ? ServiceLauncher.start(name, env, spec.factory())
        : ServiceLauncher.start(name, env, spec.factory(), spans)).await());
  }

  /** Stops one service, leaving the rest running (tests of graceful degradation). */
  public void stopService(String name) {
    ServiceLauncher.Running service = running.remove(name);
    if (service != null) {
      service.stop().await();
    }
  }

  /** The settings the devstack gives a service, for tests that start an extra instance with changes. */
  public Env environmentOf(String name, Map<String, String> overrides) {
    Map<String, String> env = new HashMap<>(environment.of(Services.named(name).orElseThrow()));
    env.putAll(overrides);
    return Env.of(env);
  }

  public MailSink mailSink() {
    return mailSink;
  }

  /** Stops the services in reverse order, then the simulator and the broker. */
  @Override
  public void close() {
    List<ServiceLauncher.Running> services = new ArrayList<>(running.values());
    for (int i = services.size() - 1; i >= 0; i--) {
      ServiceLauncher.Running service = services.get(i);
      try {
        service.stop().await();
      } catch (RuntimeException e) {
        progress.accept(service.name() + " did not stop cleanly: " + e.getMessage());
      }
    }
    running.clear();
    if (mailSink != null) {
      mailSink.close();
      mailSink = null;
    }
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
