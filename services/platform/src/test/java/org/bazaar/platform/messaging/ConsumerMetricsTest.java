package org.bazaar.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.platform.testing.TestMetrics.value;

import java.util.Set;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.metrics.Observability;
import org.junit.jupiter.api.Test;

class ConsumerMetricsTest {

  @Test
  void theCountersOfHandledTypes_andTheirTopicsDeadLetters_startAtZero() {
    PrometheusMeterRegistry registry = Observability.registry("counters-test");
    new ConsumerMetrics(registry, "g", Set.of(EventTypes.ORDER_PLACED_V1, EventTypes.ORDER_CANCELLED_V1));

    String scrape = registry.scrape();
    for (String name : new String[] {"bazaar_events_processed_total", "bazaar_events_retried_total",
        "bazaar_events_skipped_total"}) {
      assertThat(value(scrape, name, "group", "g", "type", EventTypes.ORDER_PLACED_V1)).as(name).isZero();
    }
    for (DeadLetterReason reason : DeadLetterReason.values()) {
      assertThat(value(scrape, "bazaar_events_dead_lettered_total", "service", "counters-test", "group", "g",
          "topic", Topics.ORDER_EVENTS, "reason", reason.tag())).as(reason.tag()).isZero();
    }
  }
}
