package org.bazaar.platform.messaging;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bazaar.events.Topics;

/**
 * What a consumer group did with each event type: how many it processed, retried, skipped as duplicates and
 * dead-lettered (by reason), and how long each took from its first attempt to its outcome.
 */
final class ConsumerMetrics {

  /** The {@code type} tag of records that are not events of a type this consumer handles. */
  static final String OTHER_TYPE = "other";

  private final MeterRegistry registry;
  private final String group;

  /** Registers the counters of the handled {@code types} at zero, so that the first event shows as an increase. */
  ConsumerMetrics(MeterRegistry registry, String group, Set<String> types) {
    this.registry = registry;
    this.group = group;
    for (String type : types) {
      for (String name : new String[] {"bazaar.events.processed", "bazaar.events.retried", "bazaar.events.skipped"}) {
        counter(name, "type", type);
      }
    }
    types.stream().map(Topics::forType).distinct().forEach(topic -> {
      for (DeadLetterReason reason : DeadLetterReason.values()) {
        deadLetters(topic, reason);
      }
    });
  }

  /** The handler succeeded; a duplicate is an event the inbox had already seen, which took no effect this time. */
  void handled(Handling handling, boolean duplicate) {
    if (duplicate) {
      counter("bazaar.events.skipped", "type", handling.type()).increment();
      time(handling, "duplicate");
    } else {
      counter("bazaar.events.processed", "type", handling.type()).increment();
      time(handling, "processed");
    }
  }

  void retried(String type) {
    counter("bazaar.events.retried", "type", type).increment();
  }

  void deadLettered(String topic, DeadLetterReason reason, Handling handling) {
    deadLetters(topic, reason).increment();
    time(handling, "dead_lettered");
  }

  /** Neither handled nor dead-lettered (the dead-letter topic was unreachable): the batch will be polled again. */
  void failed(Handling handling) {
    time(handling, "failed");
  }

  private void time(Handling handling, String outcome) {
    Timer.builder("bazaar.event.processing").description("Time to handle one event, retries included")
        .tag("group", group).tag("type", handling.type()).tag("outcome", outcome).register(registry)
        .record(System.nanoTime() - handling.startedNanos(), TimeUnit.NANOSECONDS);
  }

  private Counter deadLetters(String topic, DeadLetterReason reason) {
    return Counter.builder("bazaar.events.dead.lettered").description("Events sent to the group's dead-letter topic")
        .tag("group", group).tag("topic", topic).tag("reason", reason.tag()).register(registry);
  }

  private Counter counter(String name, String tag, String value) {
    return Counter.builder(name).tag("group", group).tag(tag, value).register(registry);
  }
}
