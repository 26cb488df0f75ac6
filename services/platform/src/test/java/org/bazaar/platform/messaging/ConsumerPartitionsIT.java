package org.bazaar.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.KafkaConfig;
import org.bazaar.platform.events.EventEnvelope;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Records of different partitions in one batch are handled side by side, not one after the other. */
@ExtendWith(VertxExtension.class)
class ConsumerPartitionsIT {

  private final String group = "partitions-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final List<String> ours = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
  private final Set<String> started = ConcurrentHashMap.newKeySet();
  private final Promise<Void> bothStarted = Promise.promise();
  private final List<String> sawTheOther = new CopyOnWriteArrayList<>();
  private EventConsumer consumer;

  @AfterEach
  void stop() {
    if (consumer != null) {
      consumer.stop().await();
    }
  }

  @Test
  void aRecordWaitingForAnotherPartitionsRecord_seesItHandledMeanwhile(Vertx vertx) {
    TestKafka.createTopics(List.of(Topics.deadLetter(group)));
    try (TestEvents events = new TestEvents()) {
      for (int partition = 0; partition < 2; partition++) {
        String user = ours.get(partition);
        events.send(events.recordOn(Topics.USER_EVENTS, partition, EventTypes.USER_REGISTERED_V1, user,
            UUID.randomUUID().toString(), user(user).encode()));
      }
    }
    KafkaConfig kafka = KafkaConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_BOOTSTRAP_SERVERS",
        TestKafka.bootstrapServers())));
    consumer = new EventConsumer(vertx, kafka, group, EventSchemas.load(), new SimpleMeterRegistry())
        .on(EventTypes.USER_REGISTERED_V1, event -> waitForTheOther(vertx, event));
    consumer.start().await();

    await().atMost(Duration.ofSeconds(30)).until(() -> sawTheOther.size() == 2);
  }

  /** Ours finish once both have started, or alone after a while (as they would one after the other). */
  private Future<Void> waitForTheOther(Vertx vertx, EventEnvelope event) {
    String user = event.data().getString("userId");
    if (!ours.contains(user)) {
      return Future.succeededFuture();
    }
    started.add(user);
    if (started.size() == 2) {
      bothStarted.tryComplete();
    }
    Promise<Void> done = Promise.promise();
    long alone = vertx.setTimer(5000, id -> done.tryComplete());
    bothStarted.future().onSuccess(v -> {
      vertx.cancelTimer(alone);
      if (done.tryComplete()) {
        sawTheOther.add(user);
      }
    });
    return done.future();
  }

  private static JsonObject user(String id) {
    return new JsonObject().put("userId", id).put("email", "someone@example.com").put("name", "Someone")
        .put("registeredAt", Instant.now().toString());
  }
}
