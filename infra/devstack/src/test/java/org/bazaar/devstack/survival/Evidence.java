package org.bazaar.devstack.survival;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bazaar.devstack.ProcessDevstack;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;

/**
 * What the shop recorded, read behind the edge's back: inventory's reservations table, the dead-letter topics,
 * the terminal order events on Kafka, the charges the payment provider took, the services' outboxes, consumer
 * groups' lag and the mails the SMTP sink received.
 */
final class Evidence {

  // HTTP/1.1: the default tries an h2c upgrade, and a pooled connection to a restarted service may never answer
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final List<String> SERVICES_WITH_OUTBOX = List.of("identity", "catalog", "inventory", "cart",
      "orders", "payments", "notifications", "reviews", "recommendations");
  private final ProcessDevstack shop;

  Evidence(ProcessDevstack shop) {
    this.shop = shop;
  }

  /** Inventory's decision per order id (RESERVED, COMMITTED, RELEASED or REJECTED). */
  Map<String, String> reservations() {
    Map<String, String> statuses = new HashMap<>();
    try (Connection connection = connect("inventory");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT order_id::text, status FROM reservations")) {
      while (rows.next()) {
        statuses.put(rows.getString(1), rows.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read inventory's reservations", e);
    }
    return statuses;
  }

  /** Records on every dead-letter topic, by topic. */
  Map<String, Long> deadLetters() {
    try (Admin admin = admin()) {
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      Set<String> topics = new HashSet<>(admin.listTopics().names().get(10, TimeUnit.SECONDS));
      topics.removeIf(topic -> !topic.endsWith(".dlq"));
      admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).forEach((topic, description) ->
          description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()),
              OffsetSpec.latest())));
      Map<String, Long> counts = new HashMap<>();
      topics.forEach(topic -> counts.put(topic, 0L));
      admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS)
          .forEach((tp, info) -> counts.merge(tp.topic(), info.offset(), Long::sum));
      return counts;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the dead-letter topics", e);
    }
  }

  /** The distinct ids of the terminal events (confirmed or cancelled) published for each order. */
  Map<String, Set<String>> terminalEvents() {
    Map<String, Set<String>> byOrder = new HashMap<>();
    try (Admin admin = admin(); KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        "bootstrap.servers", shop.bootstrapServers(), "group.id", "survival-" + UUID.randomUUID(),
        "enable.auto.commit", "false", "isolation.level", "read_committed"),
        new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions = admin.describeTopics(List.of(Topics.ORDER_EVENTS)).allTopicNames()
          .get(10, TimeUnit.SECONDS).get(Topics.ORDER_EVENTS).partitions().stream()
          .map(p -> new TopicPartition(Topics.ORDER_EVENTS, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + Topics.ORDER_EVENTS + " to its end");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          String type = header(record, "ce_type");
          if (EventTypes.ORDER_CONFIRMED_V1.equals(type) || EventTypes.ORDER_CANCELLED_V1.equals(type)) {
            byOrder.computeIfAbsent(record.key(), key -> new HashSet<>()).add(header(record, "ce_id"));
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("cannot read " + Topics.ORDER_EVENTS, e);
    }
    return byOrder;
  }

  /** The charges the provider authorized for an order (its reference). */
  int charges(String orderId) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(shop.simulatorUrl() + "/charges?reference=" + orderId))
        .timeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the simulator answered " + response.statusCode() + ": " + response.body());
      }
      return new JsonObject(response.body()).getJsonArray("items").size();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot list the simulator's charges", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Rows still waiting in each service's outbox, by service. */
  Map<String, Long> outboxes() {
    Map<String, Long> waiting = new TreeMap<>();
    for (String service : SERVICES_WITH_OUTBOX) {
      try (Connection connection = connect(service); Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT count(*) FROM outbox")) {
        rows.next();
        waiting.put(service, rows.getLong(1));
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the outbox of " + service, e);
      }
    }
    return waiting;
  }

  /** Records a consumer group has not committed yet on the partitions it committed on, read from the broker. */
  long lag(String group) {
    try (Admin admin = admin()) {
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
          .all().get(10, TimeUnit.SECONDS);
      return committed.entrySet().stream().filter(e -> e.getValue() != null)
          .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset())).sum();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the lag of group " + group, e);
    }
  }

  /** The sum of {@code bazaar_consumer_lag} a service reports for its own group on /metrics. */
  double reportedLag(String service, int port) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + shop.settings().port(port)
        + "/metrics")).timeout(Duration.ofSeconds(10)).build();
    try {
      String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
      return body.lines().filter(line -> line.startsWith("bazaar_consumer_lag{"))
          .filter(line -> line.contains("group=\"" + service + "\""))
          .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read the metrics of " + service, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The subjects of the mails the SMTP sink received for an address, from the sink's own log. */
  List<String> mailSubjects(String address) {
    Path log = shop.settings().stateDir().resolve("logs").resolve(ProcessDevstack.MAIL_SINK + ".log");
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.contains("mail to ") && line.contains(address))
          .map(line -> line.substring(line.lastIndexOf(": ") + 2)).toList();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot read the mail sink's log " + log, e);
    }
  }

  private Connection connect(String service) throws SQLException {
    var settings = shop.settings();
    String url = "jdbc:postgresql://" + settings.pgHost() + ":" + settings.pgPort() + "/" + settings.database(service);
    return DriverManager.getConnection(url, settings.pgAdminUser(), settings.pgAdminPassword());
  }

  private Admin admin() {
    // every call ends within its own timeout, so closing the client never waits on one left pending
    return Admin.create(Map.of("bootstrap.servers", shop.bootstrapServers(), "request.timeout.ms", "5000",
        "default.api.timeout.ms", "10000"));
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    var header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
