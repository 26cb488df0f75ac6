package org.bazaar.payments.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.testing.TestConsumer;

/** The outcomes payments published on {@code payment.events}, read from the beginning, checked against their schema. */
public final class PaymentEventLog implements AutoCloseable {

  /** One published outcome: its CloudEvents type, its Kafka key and its payload. */
  public record Outcome(String type, String key, JsonObject data) {
  }

  private static final Set<String> OUTCOMES = Set.of(EventTypes.PAYMENT_AUTHORIZED_V1, EventTypes.PAYMENT_DECLINED_V1);

  private final EventSchemas schemas = EventSchemas.load();
  private final TestConsumer consumer = new TestConsumer(Topics.PAYMENT_EVENTS);

  /** payment.authorized and payment.declined events of one order, in publishing order. */
  public List<Outcome> outcomes(UUID orderId) {
    return consumer.records().stream()
        .filter(r -> orderId.toString().equals(r.key()) && OUTCOMES.contains(TestConsumer.header(r, "ce_type")))
        .map(PaymentEventLog::outcome)
        .toList();
  }

  /** Waits for the order's first outcome, checks it has the expected type and matches its schema. */
  public JsonObject awaitOutcome(UUID orderId, String type) {
    await().atMost(Duration.ofSeconds(60)).until(() -> !outcomes(orderId).isEmpty());
    Outcome outcome = outcomes(orderId).get(0);
    if (!type.equals(outcome.type())) {
      throw new AssertionError("expected " + type + " for " + orderId + " but got " + outcome);
    }
    List<String> errors = schemas.validate(type, outcome.data()).errors();
    if (!errors.isEmpty()) {
      throw new AssertionError(type + " does not match its schema: " + errors);
    }
    return outcome.data();
  }

  @Override
  public void close() {
    consumer.close();
  }

  private static Outcome outcome(ConsumerRecord<String, String> record) {
    return new Outcome(TestConsumer.header(record, "ce_type"), record.key(), new JsonObject(record.value()));
  }
}
