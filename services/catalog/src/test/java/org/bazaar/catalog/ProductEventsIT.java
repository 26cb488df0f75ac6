package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.catalog.TestCatalog.ADMIN;
import static org.bazaar.catalog.TestCatalog.unique;

import java.time.Duration;
import java.util.List;

import io.vertx.core.json.JsonObject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.testing.TestConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProductEventsIT {

  private static TestCatalog catalog;

  @BeforeAll
  static void start() {
    catalog = TestCatalog.start();
  }

  @AfterAll
  static void stop() {
    catalog.close();
  }

  @Test
  void creatingAndChangingAProduct_publishesItsFullState_inOrder() {
    try (TestConsumer events = new TestConsumer(Topics.PRODUCT_EVENTS)) {
      String sku = unique("LAMP");
      String id = catalog.create(sku, "Lamp", "Desk lamp", 4500).getString("id");
      assertThat(catalog.patch(ADMIN, id, new JsonObject().put("name", "Reading lamp")).statusCode()).isEqualTo(200);
      assertThat(catalog.patch(ADMIN, id, new JsonObject().put("name", "")).statusCode()).isEqualTo(400);

      await().atMost(Duration.ofSeconds(30)).until(() -> ofProduct(events, id).size() >= 2);
      List<ConsumerRecord<String, String>> records = ofProduct(events, id);
      assertThat(records).hasSize(2);
      assertThat(records).extracting(r -> TestConsumer.header(r, "ce_type"))
          .containsExactly(EventTypes.PRODUCT_CREATED_V1, EventTypes.PRODUCT_UPDATED_V1);

      JsonObject created = valid(records.get(0));
      assertThat(created.getString("productId")).isEqualTo(id);
      assertThat(created.getString("sku")).isEqualTo(sku);
      assertThat(created.getString("name")).isEqualTo("Lamp");
      assertThat(created.getString("description")).isEqualTo("Desk lamp");
      assertThat(created.getJsonObject("price")).isEqualTo(new JsonObject().put("amount", 4500).put("currency", "EUR"));

      JsonObject updated = valid(records.get(1));
      assertThat(updated.getString("name")).isEqualTo("Reading lamp");
      assertThat(updated.getString("sku")).isEqualTo(sku);
      assertThat(updated.getString("description")).isEqualTo("Desk lamp");
      assertThat(updated.getJsonObject("price").getLong("amount")).isEqualTo(4500L);
      assertThat(TestConsumer.header(records.get(1), "ce_source")).isEqualTo("/bazaar/catalog");
    }
  }

  @Test
  void aRejectedProduct_publishesNothing() {
    try (TestConsumer events = new TestConsumer(Topics.PRODUCT_EVENTS)) {
      String sku = unique("DUP");
      String first = catalog.create(sku, "First", "", 1).getString("id");
      assertThat(catalog.post(ADMIN, TestCatalog.product(sku, "Second", "", 2)).statusCode()).isEqualTo(409);
      String marker = catalog.create(unique("MARK"), "Marker", "", 1).getString("id");
      await().atMost(Duration.ofSeconds(30)).until(() -> !ofProduct(events, marker).isEmpty());
      assertThat(events.records()).filteredOn(r -> r.value().contains(sku)).hasSize(1)
          .allSatisfy(r -> assertThat(r.key()).isEqualTo(first));
    }
  }

  private static List<ConsumerRecord<String, String>> ofProduct(TestConsumer events, String id) {
    return events.records().stream().filter(r -> id.equals(r.key())).toList();
  }

  private static JsonObject valid(ConsumerRecord<String, String> record) {
    JsonObject payload = new JsonObject(record.value());
    assertThat(EventSchemas.load().validate(TestConsumer.header(record, "ce_type"), payload).errors()).isEmpty();
    return payload;
  }
}
