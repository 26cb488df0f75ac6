package org.bazaar.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.OrderPlaced;
import org.bazaar.inventory.Stock;
import org.bazaar.inventory.support.EventPublisher;
import org.bazaar.inventory.support.InventoryService;
import org.bazaar.inventory.support.Skus;
import org.bazaar.inventory.support.StockEventLog;
import org.bazaar.platform.testing.TestConsumer;
import org.bazaar.platform.testing.TestKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeadLetterIT {

  private static final String DLQ = Topics.deadLetter("inventory");

  // before the extensions below start inventory, which dead-letters to it
  static {
    TestKafka.createTopics(List.of(DLQ));
  }

  @RegisterExtension
  static final InventoryService inventory = InventoryService.instances(1);
  @RegisterExtension
  static final EventPublisher events = new EventPublisher();
  @RegisterExtension
  static final StockEventLog stockEvents = new StockEventLog();

  @Test
  void poisonMessages_goToTheDeadLetterTopicWithTheirReason_andTheNextMessageIsStillProcessed() {
    try (TestConsumer dlq = new TestConsumer(DLQ)) {
      String sku = Skus.stocked(inventory, events, 5);
      UUID order = UUID.randomUUID();
      String key = order.toString();
      events.sendRaw(Topics.ORDER_EVENTS, key, "{not json");
      events.send(EventTypes.ORDER_PLACED_V1, key, UUID.randomUUID().toString(), "{not json");
      events.send(EventTypes.ORDER_PLACED_V1, key, UUID.randomUUID().toString(),
          new JsonObject().put("orderId", key).encode());
      events.publish(EventTypes.ORDER_PLACED_V1, key, UUID.randomUUID().toString(), overflowing(order, sku));
      events.orderPlaced(order, Map.of(sku, 1));

      stockEvents.awaitOne(key, EventTypes.STOCK_RESERVED_V1);
      assertThat(inventory.stock(sku)).contains(new Stock(sku, 5, 1, 3));
      await().atMost(Duration.ofSeconds(60)).until(() -> forKey(dlq, key).size() >= 4);
      assertThat(forKey(dlq, key)).allSatisfy(r -> {
        assertThat(TestConsumer.header(r, "dlq_original_topic")).isEqualTo(Topics.ORDER_EVENTS);
        assertThat(TestConsumer.header(r, "dlq_consumer_group")).isEqualTo("inventory");
      });
      assertThat(forKey(dlq, key)).extracting(r -> TestConsumer.header(r, "dlq_reason"))
          .anySatisfy(reason -> assertThat(reason).contains("missing header"))
          .anySatisfy(reason -> assertThat(reason).contains("not a JSON object"))
          .anySatisfy(reason -> assertThat(reason).contains("does not match"))
          .anySatisfy(reason -> assertThat(reason).contains("cannot be reserved"));
    }
  }

  private static List<ConsumerRecord<String, String>> forKey(TestConsumer dlq, String key) {
    return dlq.records().stream().filter(r -> key.equals(r.key())).toList();
  }

  /** Valid against the schema, but two lines of one SKU add up to more units than inventory can count. */
  private static JsonObject overflowing(UUID order, String sku) {
    OrderLine huge = new OrderLine(UUID.randomUUID(), sku, "Huge", Integer.MAX_VALUE, new Money(1, "EUR"));
    return new OrderPlaced(order, UUID.randomUUID(), Stream.of(huge, huge).toList(),
        new Money(2L * Integer.MAX_VALUE, "EUR"), java.time.Instant.now()).toJson();
  }
}
