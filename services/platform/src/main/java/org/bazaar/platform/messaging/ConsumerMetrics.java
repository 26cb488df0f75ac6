package org.bazaar.platform.messaging;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What a consumer group did with each event type: how many it processed, retried, skipped as duplicates and
 * dead-lettered (by reason), and how long each took from its first attempt to its outcome.
 */
final class ConsumerMetrics {

  /** The {@code type} tag of records that are not events of a type this consumer handles. */
  static final String OTHER_TYPE = "other";

  private final MeterRegistry registry;
  private final String group;

  ConsumerMetrics(MeterRegistry registry, String group) {
    this.registry = registry;
    this.group = group;
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
    Counter.builder("bazaar.events.dead.lettered").description("Events sent to the group's dead-letter topic")
        .tag("group", group).tag("topic", topic).tag("reason", reason.tag()).register(registry).increment();
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

  private Counter counter(String name, String tag, String value) {
    return Counter.builder(name).tag("group", group).tag(tag, value).register(registry);
  }
}
