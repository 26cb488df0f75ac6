package org.bazaar.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.config.KafkaConfig;
import org.bazaar.platform.events.PermanentFailure;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.messaging.EventConsumer;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestEvents;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real consumer group dead-letters a record it cannot read and one whose handling fails; the admin lists
 * and shows both, replays the second once its cause is fixed (handled exactly once), and refuses a second replay.
 */
@ExtendWith(VertxExtension.class)
class DeadLetterAdminIT {

  private final String group = "dlq-it-" + UUID.randomUUID().toString().substring(0, 8);
  private final String dlq = Topics.deadLetter(group);
  private final AtomicBoolean storeDown = new AtomicBoolean(true);
  private final List<String> handled = new CopyOnWriteArrayList<>();
  private final Set<String> mine = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private EventConsumer consumer;
  private DeadLetterAdmin admin;
  private TestEvents events;

  @BeforeEach
  void start(Vertx vertx) {
    KafkaConfig kafka = KafkaConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_BOOTSTRAP_SERVERS",
        TestKafka.bootstrapServers(), "BAZAAR_KAFKA_MAX_ATTEMPTS", "2", "BAZAAR_KAFKA_BACKOFF_FIRST", "10ms")));
    TestKafka.createTopics(List.of(dlq));
    consumer = new EventConsumer(vertx, kafka, group, EventSchemas.load(), new SimpleMeterRegistry())
        .on(EventTypes.USER_REGISTERED_V1, event -> {
          if (!mine.contains(event.subject())) {
            return Future.succeededFuture();
          }
          if (storeDown.get()) {
            return Future.failedFuture(new PermanentFailure("user store is down"));
          }
          handled.add(event.id());
          return Future.succeededFuture();
        });
    consumer.start().await();
    admin = new DeadLetterAdmin(vertx, TestKafka.bootstrapServers());
    events = new TestEvents();
  }

  @AfterEach
  void stop() {
    events.close();
    admin.close().await();
    consumer.stop().await();
  }

  @Test
  void deadLetters_areListedShownAndReplayedOnce() {
    String broken = key();
    String failing = key();
    events.send(EventTypes.USER_REGISTERED_V1, broken, UUID.randomUUID().toString(), "not json {");
    String eventId = events.publish(EventTypes.USER_REGISTERED_V1, failing, UUID.randomUUID().toString(),
        user(failing));

    await().atMost(Duration.ofSeconds(30)).until(() -> keys(admin.list(dlq, DeadLetterFilter.ALL, 100, null).await())
        .containsAll(List.of(broken, failing)));
    assertThat(admin.topics().await()).anySatisfy(topic -> {
      assertThat(topic.topic()).isEqualTo(dlq);
      assertThat(topic.group()).isEqualTo(group);
      assertThat(topic.count()).isGreaterThanOrEqualTo(2);
    });

    DeadLetterRecord unreadable = only(admin.list(dlq, new DeadLetterFilter(null, null, "malformed", null), 100, null)
        .await(), broken);
    assertThat(unreadable.reason()).startsWith("malformed event: value is not a JSON object");
    assertThat(unreadable.originalTopic()).isEqualTo(Topics.USER_EVENTS);
    assertThat(unreadable.payload()).isEqualTo("not json {");

    DeadLetterRecord listed = only(admin.list(dlq, new DeadLetterFilter(Topics.USER_EVENTS,
        EventTypes.USER_REGISTERED_V1, "store is DOWN", false), 100, null).await(), failing);
    DeadLetterRecord shown = admin.get(dlq, listed.partition(), listed.offset()).await();
    assertThat(shown.eventId()).isEqualTo(eventId);
    assertThat(shown.group()).isEqualTo(group);
    assertThat(shown.attempts()).isEqualTo(1);
    assertThat(shown.originalPartition()).isNotNull();
    assertThat(shown.originalOffset()).isNotNull();
    assertThat(shown.headers()).containsEntry("ce_type", EventTypes.USER_REGISTERED_V1).containsKey("dlq_failed_at");
    assertThat(new JsonObject(shown.payload())).isEqualTo(user(failing));
    assertThat(shown.replay()).isNull();

    try (TestConsumer copies = new TestConsumer(Topics.USER_EVENTS)) {
      storeDown.set(false);
      DeadLetterRecord replayed = admin.replay(dlq, shown.partition(), shown.offset(), "operator-1").await();
      assertThat(replayed.replay().replayedBy()).isEqualTo("operator-1");
      assertThat(replayed.replay().toTopic()).isEqualTo(Topics.USER_EVENTS);

      await().atMost(Duration.ofSeconds(30)).until(() -> handled.contains(eventId));
      ConsumerRecord<String, String> copy = copies.records().stream()
          .filter(r -> r.offset() == replayed.replay().toOffset() && r.partition() == replayed.replay().toPartition())
          .findFirst().orElseThrow();
      assertThat(copy.key()).isEqualTo(failing);
      assertThat(new JsonObject(copy.value())).isEqualTo(user(failing));
      assertThat(TestConsumer.header(copy, "ce_id")).isEqualTo(eventId);
      assertThat(copy.headers().toArray()).noneMatch(h -> h.key().startsWith("dlq_"));
    }

    assertThatThrownBy(() -> admin.replay(dlq, shown.partition(), shown.offset(), "operator-2").await())
        .isInstanceOfSatisfying(HttpProblem.class, problem -> assertThat(problem.status()).isEqualTo(409));
    assertThat(admin.get(dlq, shown.partition(), shown.offset()).await().replay().replayedBy()).isEqualTo("operator-1");
    assertThat(handled).containsOnlyOnce(eventId);
  }

  @Test
  void replayingAFilter_skipsWhatWasReplayedBefore() {
    String first = key();
    String second = key();
    events.publish(EventTypes.USER_REGISTERED_V1, first, UUID.randomUUID().toString(), user(first));
    events.publish(EventTypes.USER_REGISTERED_V1, second, UUID.randomUUID().toString(), user(second));
    await().atMost(Duration.ofSeconds(30)).until(() -> keys(admin.list(dlq, DeadLetterFilter.ALL, 100, null).await())
        .containsAll(List.of(first, second)));
    storeDown.set(false);
    DeadLetterRecord one = only(admin.list(dlq, DeadLetterFilter.ALL, 100, null).await(), first);
    admin.replay(dlq, one.partition(), one.offset(), "operator").await();

    DeadLetterFilter storeDownFilter = new DeadLetterFilter(null, null, "store is down", null);
    ReplaySummary summary = admin.replayAll(dlq, storeDownFilter, "operator").await();

    assertThat(summary.failed()).isEmpty();
    assertThat(summary.alreadyReplayed()).isEqualTo(1);
    assertThat(summary.replayed()).extracting(ReplayMark::key)
        .doesNotContain(ReplayMark.key(dlq, one.partition(), one.offset())).hasSize(1);
    await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() == 2);
    ReplaySummary again = admin.replayAll(dlq, storeDownFilter, "operator").await();
    assertThat(again.replayed()).isEmpty();
    assertThat(again.alreadyReplayed()).isEqualTo(2);
  }

  @Test
  void unknownTopicsAndRecords_areNotFound_andCursorsPage() {
    assertThatThrownBy(() -> admin.list("no-such-group.dlq", DeadLetterFilter.ALL, 10, null).await())
        .isInstanceOfSatisfying(HttpProblem.class, problem -> assertThat(problem.status()).isEqualTo(404));
    assertThatThrownBy(() -> admin.get(Topics.USER_EVENTS, 0, 0).await())
        .isInstanceOfSatisfying(HttpProblem.class, problem -> assertThat(problem.status()).isEqualTo(404));
    assertThatThrownBy(() -> admin.get(dlq, 0, 1_000_000).await())
        .isInstanceOfSatisfying(HttpProblem.class, problem -> assertThat(problem.status()).isEqualTo(404));
    assertThatThrownBy(() -> admin.list(dlq, DeadLetterFilter.ALL, 10, "not a cursor").await())
        .isInstanceOfSatisfying(HttpProblem.class, problem -> assertThat(problem.status()).isEqualTo(400));

    for (int i = 0; i < 3; i++) {
      events.send(EventTypes.USER_REGISTERED_V1, key(), UUID.randomUUID().toString(), "[" + i);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> admin.list(dlq, DeadLetterFilter.ALL, 100, null).await()
        .items().size() >= 3);
    DeadLetterPage page = admin.list(dlq, DeadLetterFilter.ALL, 2, null).await();
    assertThat(page.items()).hasSize(2);
    assertThat(page.next()).isNotNull();
    DeadLetterPage rest = admin.list(dlq, DeadLetterFilter.ALL, 100, page.next()).await();
    assertThat(rest.items()).isNotEmpty().noneMatch(page.items()::contains);
  }

  private String key() {
    String key = UUID.randomUUID().toString();
    mine.add(key);
    return key;
  }

  private static Set<String> keys(DeadLetterPage page) {
    return Set.copyOf(page.items().stream().map(DeadLetterRecord::key).filter(java.util.Objects::nonNull).toList());
  }

  private static DeadLetterRecord only(DeadLetterPage page, String key) {
    List<DeadLetterRecord> found = page.items().stream().filter(r -> key.equals(r.key())).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static JsonObject user(String id) {
    return new JsonObject().put("userId", id).put("email", "someone@example.com").put("name", "Someone")
        .put("registeredAt", Instant.parse("2026-01-01T00:00:00Z").toString());
  }
}
