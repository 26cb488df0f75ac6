package org.bazaar.infra.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka broker (combined broker and KRaft controller) running in this JVM, with its log
 * directory on disk so a restart keeps every record.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final String CLUSTER_ID = "YmF6YWFyLWRldnN0YWNrAA";

  private final Path logDir;
  private final int port;
  private final int controllerPort;
  private KafkaRaftServer server;

  private EmbeddedKafka(Path logDir, int port, int controllerPort) {
    this.logDir = logDir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  /** A broker on the given port (0 picks a free one), keeping its data in {@code logDir}. */
  public static EmbeddedKafka on(Path logDir, int port) {
    int brokerPort = port == 0 ? freePort() : port;
    return new EmbeddedKafka(logDir, brokerPort, freePort());
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /** Formats the log directory on first use, then starts the broker and waits until it answers. */
  public synchronized EmbeddedKafka start() {
    if (server != null) {
      return this;
    }
    try {
      Files.createDirectories(logDir);
      Path configFile = logDir.resolve("server.properties");
      Properties props = brokerProperties();
      try (var out = Files.newOutputStream(configFile)) {
        props.store(out, "bazaar embedded broker");
      }
      format(configFile);
      server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
      server.startup();
      awaitReady();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the topics that do not exist yet. */
  public void createTopics(List<String> names, int partitions) {
    try (Admin admin = admin()) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = names.stream()
          .filter(name -> !existing.contains(name))
          .map(name -> new NewTopic(name, partitions, (short) 1))
          .collect(Collectors.toCollection(ArrayList::new));
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not create topics " + names, e);
    }
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
  }

  private Properties brokerProperties() {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", logDir.resolve("data").toString());
    p.put("num.partitions", "3");
    p.put("default.replication.factor", "1");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "10");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("min.insync.replicas", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "true");
    return p;
  }

  private void format(Path configFile) {
    int code = StorageTool.execute(new String[] {
        "format", "-t", CLUSTER_ID, "-c", configFile.toString(), "--ignore-formatted"},
        new PrintStream(PrintStream.nullOutputStream()));
    if (code != 0) {
      throw new IllegalStateException("formatting the Kafka log directory " + logDir + " failed: " + code);
    }
  }

  private void awaitReady() {
    try (Admin admin = admin()) {
      admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the embedded Kafka broker did not become ready", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
