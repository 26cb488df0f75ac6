package org.bazaar.edge.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.kafka.client.consumer.KafkaConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.edge.OrderWatchers;
import org.bazaar.events.Topics;

/**
 * The edge instance's one consumer of {@code order.events}: a group of its own ({@code edge-<random>}, so
 * every instance sees every event) that starts at the latest offset and commits nothing, because a live
 * stream only cares about changes from now on. Each status change goes to the {@link OrderWatchers}.
 */
public final class OrderFeed {

  private static final Logger LOG = LogManager.getLogger(OrderFeed.class);

  private final Vertx vertx;
  private final String bootstrapServers;
  private final OrderWatchers watchers;
  private final String group = "edge-" + UUID.randomUUID();
  private final AtomicInteger partitions = new AtomicInteger();
  private KafkaConsumer<String, Buffer> consumer;

  public OrderFeed(Vertx vertx, String bootstrapServers, OrderWatchers watchers, MeterRegistry registry) {
    this.vertx = vertx;
    this.bootstrapServers = bootstrapServers;
    this.watchers = watchers;
    Gauge.builder("bazaar.order.feed.partitions", partitions, AtomicInteger::get)
        .description("Partitions of order.events assigned to this edge's consumer").register(registry);
    Gauge.builder("bazaar.order.watchers", watchers, OrderWatchers::count)
        .description("Open live order status streams").register(registry);
  }

  public String group() {
    return group;
  }

  /** Subscribes; never fails the edge's start (without Kafka, streams show the current status and wait). */
  public Future<Void> start() {
    Map<String, String> config = new HashMap<>();
    config.put("bootstrap.servers", bootstrapServers);
    config.put("group.id", group);
    config.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    config.put("value.deserializer", "io.vertx.kafka.client.serialization.BufferDeserializer");
    config.put("enable.auto.commit", "false");
    config.put("auto.offset.reset", "latest");
    config.put("isolation.level", "read_committed");
    consumer = KafkaConsumer.create(vertx, config);
    consumer.exceptionHandler(e -> LOG.warn("order feed error: {}", e.toString()));
    consumer.partitionsAssignedHandler(assigned -> partitions.addAndGet(assigned.size()));
    consumer.partitionsRevokedHandler(revoked -> partitions.addAndGet(-revoked.size()));
    consumer.handler(record -> OrderStatusEvents.statusOf(record).ifPresent(watchers::publish));
    return consumer.subscribe(Topics.ORDER_EVENTS)
        .onSuccess(v -> LOG.info("order feed {} subscribed to {}", group, Topics.ORDER_EVENTS))
        .recover(e -> {
          LOG.warn("order feed could not subscribe: {}", e.toString());
          return Future.succeededFuture();
        });
  }

  public Future<Void> stop() {
    return consumer == null ? Future.succeededFuture() : consumer.close();
  }
}
