package org.bazaar.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters of what a consumer group did with each event type. */
final class ConsumerMetrics {

  private final MeterRegistry registry;
  private final String group;

  ConsumerMetrics(MeterRegistry registry, String group) {
    this.registry = registry;
    this.group = group;
  }

  void processed(String type) {
    counter("bazaar.events.processed", "type", type).increment();
  }

  void retried(String type) {
    counter("bazaar.events.retried", "type", type).increment();
  }

  void skipped(String type) {
    counter("bazaar.events.skipped", "type", type).increment();
  }

  void deadLettered(String topic) {
    counter("bazaar.events.dead.lettered", "topic", topic).increment();
  }

  private Counter counter(String name, String tag, String value) {
    return Counter.builder(name).tag("group", group).tag(tag, value).register(registry);
  }
}
