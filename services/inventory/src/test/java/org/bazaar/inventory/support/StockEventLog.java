package org.bazaar.inventory.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.Topics;
import org.bazaar.platform.testing.TestConsumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Everything on {@code stock.events}, read from the beginning, with the means to await what a test expects. */
public final class StockEventLog implements AfterAllCallback, AutoCloseable {

  /** One published stock event: its CloudEvents type, its Kafka key and its payload. */
  public record StockEvent(String type, String key, JsonObject data, String dataSchema) {
  }

  private final EventSchemas schemas = EventSchemas.load();
  private final TestConsumer consumer = new TestConsumer(Topics.STOCK_EVENTS);

  public List<StockEvent> all() {
    return consumer.records().stream().filter(r -> TestConsumer.header(r, "ce_type") != null)
        .map(StockEventLog::event).toList();
  }

  /**
   * Returns once every stock event inventory has written so far for {@code key} is in this log: waits for the
   * outbox to drain, then for a marker sent after it on the same key (so the same partition) to arrive.
   */
  public void catchUp(InventoryService inventory, EventPublisher events, String key) {
    await().atMost(Duration.ofSeconds(60)).until(() -> inventory.scalar("SELECT count(*) FROM outbox") == 0);
    String marker = UUID.randomUUID().toString();
    events.sendRaw(Topics.STOCK_EVENTS, key, new JsonObject().put("marker", marker).encode());
    await().atMost(Duration.ofSeconds(60)).until(() -> consumer.records().stream()
        .anyMatch(r -> key.equals(r.key()) && r.value().contains(marker)));
  }

  public List<StockEvent> forKey(String key) {
    return all().stream().filter(e -> key.equals(e.key())).toList();
  }

  public List<StockEvent> ofType(String key, String type) {
    return forKey(key).stream().filter(e -> type.equals(e.type())).toList();
  }

  /** Waits for the first event of that type and key, and checks its payload against the schema. */
  public StockEvent awaitOne(String key, String type) {
    await().atMost(Duration.ofSeconds(60)).until(() -> !ofType(key, type).isEmpty());
    StockEvent event = ofType(key, type).get(0);
    List<String> errors = schemas.validate(type, event.data()).errors();
    if (!errors.isEmpty()) {
      throw new AssertionError(type + " does not match its schema: " + errors);
    }
    return event;
  }

  /** As a static {@code @RegisterExtension} field, it is closed after the test class. */
  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    consumer.close();
  }

  private static StockEvent event(ConsumerRecord<String, String> record) {
    return new StockEvent(TestConsumer.header(record, "ce_type"), record.key(), new JsonObject(record.value()),
        TestConsumer.header(record, "ce_dataschema"));
  }
}
