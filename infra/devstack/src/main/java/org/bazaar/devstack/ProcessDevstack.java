package org.bazaar.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.bazaar.mailsink.MailSinkMain;
import org.bazaar.paymentsimulator.PaymentSimulatorMain;

/**
 * The whole shop with one JVM per part: the Kafka broker, the payment simulator, the SMTP sink and every
 * service, each its own child process that can be killed alone ({@link #kill}) and started again
 * ({@link #restart}). Services find each other from configuration ({@code BAZAAR_SERVICE_<NAME>_URL}).
 */
public final class ProcessDevstack implements RunningShop, AutoCloseable {

  public static final String KAFKA = "kafka";
  public static final String SIMULATOR = "payment-simulator";
  public static final String MAIL_SINK = "mail-sink";
  /** A consumer of a killed process leaves its group after this, instead of Kafka's default 45 s. */
  static final String SESSION_TIMEOUT = "10s";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final long STOP_SECONDS = 30;

  private final DevstackSettings settings;
  private final Consumer<String> progress;
  private final Map<String, ChildProcess> children = new LinkedHashMap<>();
  private int kafkaPort;

  public ProcessDevstack(DevstackSettings settings, Consumer<String> progress) {
    this.settings = settings;
    this.progress = progress;
  }

  @Override
  public String bootstrapServers() {
    return "127.0.0.1:" + kafkaPort;
  }

  @Override
  public DevstackSettings settings() {
    return settings;
  }

  /** Every process by name, in start order: the broker, simulator and mail sink, then the services. */
  public Set<String> names() {
    return children.keySet();
  }

  /** The pid of a running process, or -1. */
  public long pid(String name) {
    return child(name).pid();
  }

  /** Starts every process, blocking until the edge is ready; a failure stops what was started. */
  public ProcessDevstack start() {
    LeftoverProcesses.stop(settings.stateDir(), progress);
    kafkaPort = settings.kafkaPort() == 0 ? freePort() : settings.kafkaPort();
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put(KAFKA, kafkaPort);
    ports.put(SIMULATOR, settings.port(Services.SIMULATOR_PORT));
    ports.put(MAIL_SINK, smtpPort());
    Services.ALL.forEach(spec -> ports.put(spec.name(), settings.port(spec.port())));
    Ports.requireFree(ports);
    StateDirectory state = StateDirectory.prepare(settings.stateDir(), settings.fresh());
    progress.accept("databases: " + settings.pgHost() + ":" + settings.pgPort());
    new PostgresProvisioner(settings).provision(Services.ALL.stream().filter(ServiceSpec::ownsDatabase)
        .map(ServiceSpec::name).toList());
    define(state);
    try {
      startAndAwait(List.of(KAFKA));
      progress.accept("kafka: " + bootstrapServers() + " (pid " + pid(KAFKA) + ")");
      List<String> beforeEdge = new ArrayList<>(children.keySet());
      beforeEdge.remove(KAFKA);
      beforeEdge.remove("edge");
      startAndAwait(beforeEdge);
      startAndAwait(List.of("edge"));
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    return this;
  }

  /** Kills one process at once (SIGKILL), as a crash would: no shutdown hook, no clean close. */
  public void kill(String name) {
    child(name).kill();
    progress.accept(name + ": killed");
  }

  /** Stops one process gracefully (SIGTERM), leaving the rest running. */
  public void stop(String name) {
    ChildProcess child = child(name);
    child.requestStop();
    child.awaitStopped(STOP_SECONDS);
    progress.accept(name + ": stopped");
  }

  /** Starts one process again (stopping it first if it still runs) and waits until it is ready. */
  public void restart(String name) {
    ChildProcess child = child(name);
    if (child.alive()) {
      stop(name);
    }
    startAndAwait(List.of(name));
  }

  /** Stops the services (the edge first), then the simulator and the mail sink, then the broker. */
  @Override
  public void close() {
    List<String> services = new ArrayList<>(children.keySet());
    services.removeAll(List.of(KAFKA, SIMULATOR, MAIL_SINK));
    stopTogether(List.of("edge"));
    services.remove("edge");
    stopTogether(services);
    stopTogether(List.of(SIMULATOR, MAIL_SINK));
    stopTogether(List.of(KAFKA));
  }

  private void stopTogether(List<String> names) {
    List<ChildProcess> stopping = names.stream().filter(children::containsKey).map(children::get)
        .filter(ChildProcess::alive).toList();
    stopping.forEach(ChildProcess::requestStop);
    stopping.forEach(child -> child.awaitStopped(STOP_SECONDS));
  }

  private void startAndAwait(List<String> names) {
    names.forEach(name -> child(name).start());
    for (String name : names) {
      awaitReady(name);
      if (!name.equals(KAFKA)) {
        progress.accept(name + ": " + address(name) + " (pid " + pid(name) + ")");
      }
    }
  }

  private void awaitReady(String name) {
    ChildProcess child = child(name);
    switch (name) {
      case KAFKA -> Readiness.awaitTopics(child, kafkaPort, KafkaBrokerMain.topics(), START_TIMEOUT);
      case MAIL_SINK -> Readiness.awaitPort(child, smtpPort(), START_TIMEOUT);
      default -> Readiness.awaitHttp(child, address(name) + "/health/ready", START_TIMEOUT);
    }
  }

  private String address(String name) {
    return switch (name) {
      case MAIL_SINK -> "smtp://127.0.0.1:" + smtpPort();
      case SIMULATOR -> simulatorUrl();
      default -> "http://127.0.0.1:" + settings.port(Services.named(name).orElseThrow().port());
    };
  }

  private ChildProcess child(String name) {
    ChildProcess child = children.get(name);
    if (child == null) {
      throw new IllegalArgumentException("no process " + name + "; known: " + children.keySet());
    }
    return child;
  }

  private void define(StateDirectory state) {
    children.clear();
    add(state, KAFKA, KafkaBrokerMain.class.getName(), 512, Map.of(
        "BAZAAR_KAFKA_DIR", state.kafka().toString(),
        "BAZAAR_KAFKA_PORT", Integer.toString(kafkaPort)));
    Map<String, String> simulator = new HashMap<>(settings.extra());
    simulator.put("BAZAAR_SIMULATOR_HOST", "127.0.0.1");
    simulator.put("BAZAAR_SIMULATOR_PORT", Integer.toString(settings.port(Services.SIMULATOR_PORT)));
    add(state, SIMULATOR, PaymentSimulatorMain.class.getName(), 128, simulator);
    add(state, MAIL_SINK, MailSinkMain.class.getName(), 96, Map.of(
        "BAZAAR_MAIL_SINK_HOST", "127.0.0.1",
        "BAZAAR_MAIL_SINK_PORT", Integer.toString(smtpPort())));
    ServiceEnvironment environment = new ServiceEnvironment(settings, bootstrapServers(),
        JwtKeyStore.loadOrCreate(state.root()), simulatorUrl(), smtpPort());
    for (ServiceSpec spec : Services.ALL) {
      Map<String, String> env = new HashMap<>(Map.of("BAZAAR_KAFKA_SESSION_TIMEOUT", SESSION_TIMEOUT));
      env.putAll(environment.of(spec));
      add(state, spec.name(), ServiceMains.of(spec.name()), 256, env);
    }
  }

  private void add(StateDirectory state, String name, String mainClass, int heapMegabytes, Map<String, String> env) {
    Map<String, String> environment = new HashMap<>(env);
    environment.put(JvmCommand.CLASS_PATH, JvmCommand.classPath());
    // glibc gives each thread that mallocs its own arena; two are plenty for these mostly idle JVMs
    environment.put("MALLOC_ARENA_MAX", "2");
    children.put(name, new ChildProcess(name, JvmCommand.of(mainClass, heapMegabytes), environment, state.root()));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
