package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bazaar.catalog.TestCatalog.ADMIN;
import static org.bazaar.catalog.TestCatalog.CUSTOMER;
import static org.bazaar.catalog.TestCatalog.unique;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bazaar.events.EventSchemas;
import org.bazaar.events.EventTypes;
import org.bazaar.events.Topics;
import org.bazaar.platform.testing.TestConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscontinueProductIT {

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
  void aDiscontinuedProduct_isNoLongerReadListedOrChangeable() {
    String sku = unique("GONE");
    String id = catalog.create(sku, "Gone soon", "", 700).getString("id");
    assertThat(catalog.get("/products?q=" + sku).bodyAsJsonObject().getJsonArray("items")).hasSize(1);

    HttpResponse<Buffer> deleted = catalog.delete(ADMIN, id);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body() == null || deleted.body().length() == 0).isTrue();

    assertThat(catalog.get("/products/" + id).statusCode()).isEqualTo(404);
    assertThat(catalog.get("/products?q=" + sku).bodyAsJsonObject().getJsonArray("items")).isEmpty();
    assertThat(catalog.get("/products?limit=100").bodyAsJsonObject().getJsonArray("items"))
        .noneSatisfy(item -> assertThat(((JsonObject) item).getString("id")).isEqualTo(id));
    assertThat(catalog.patch(ADMIN, id, new JsonObject().put("name", "Back")).statusCode()).isEqualTo(404);
    assertThat(catalog.delete(ADMIN, id).statusCode()).isEqualTo(404);
    // the SKU stays taken: inventory and the other services keep knowing the product by it
    assertThat(catalog.post(ADMIN, TestCatalog.product(sku, "Again", "", 1)).statusCode()).isEqualTo(409);
  }

  @Test
  void onlyAnAdmin_mayDiscontinue_andUnknownOrMalformedIdsAre404() {
    String id = catalog.create(unique("KEEP"), "Keeper", "", 100).getString("id");

    assertThat(catalog.delete(null, id).statusCode()).isEqualTo(401);
    assertThat(catalog.delete(CUSTOMER, id).statusCode()).isEqualTo(403);
    assertThat(catalog.get("/products/" + id).statusCode()).isEqualTo(200);
    HttpResponse<Buffer> unknown = catalog.delete(ADMIN, UUID.randomUUID().toString());
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(catalog.delete(ADMIN, "not-an-id").statusCode()).isEqualTo(404);
  }

  @Test
  void discontinuing_publishesProductDiscontinued_afterTheProductsOtherEvents_andOnlyOnce() {
    try (TestConsumer events = new TestConsumer(Topics.PRODUCT_EVENTS)) {
      String sku = unique("EOL");
      Instant before = Instant.now();
      String id = catalog.create(sku, "End of line", "", 900).getString("id");
      assertThat(catalog.patch(ADMIN, id, new JsonObject().put("name", "Last one")).statusCode()).isEqualTo(200);
      assertThat(catalog.delete(CUSTOMER, id).statusCode()).isEqualTo(403);
      assertThat(catalog.delete(ADMIN, id).statusCode()).isEqualTo(204);
      assertThat(catalog.delete(ADMIN, id).statusCode()).isEqualTo(404);
      String marker = catalog.create(unique("MARK"), "Marker", "", 1).getString("id");

      await().atMost(Duration.ofSeconds(30)).until(() -> !ofProduct(events, marker).isEmpty()
          && ofProduct(events, id).size() >= 3);
      List<ConsumerRecord<String, String>> records = ofProduct(events, id);
      assertThat(records).extracting(r -> TestConsumer.header(r, "ce_type")).containsExactly(
          EventTypes.PRODUCT_CREATED_V1, EventTypes.PRODUCT_UPDATED_V1, EventTypes.PRODUCT_DISCONTINUED_V1);
      JsonObject discontinued = new JsonObject(records.get(2).value());
      assertThat(EventSchemas.load().validate(EventTypes.PRODUCT_DISCONTINUED_V1, discontinued).errors()).isEmpty();
      assertThat(discontinued.getString("productId")).isEqualTo(id);
      assertThat(discontinued.getString("sku")).isEqualTo(sku);
      assertThat(Instant.parse(discontinued.getString("discontinuedAt"))).isAfterOrEqualTo(before.minusSeconds(1));
      assertThat(TestConsumer.header(records.get(2), "ce_source")).isEqualTo("/bazaar/catalog");
    }
  }

  private static List<ConsumerRecord<String, String>> ofProduct(TestConsumer events, String id) {
    return events.records().stream().filter(r -> id.equals(r.key())).toList();
  }
}
