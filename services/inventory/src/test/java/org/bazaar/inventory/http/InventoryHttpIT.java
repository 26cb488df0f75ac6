package org.bazaar.inventory.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.bazaar.events.EventTypes;
import org.bazaar.inventory.Stock;
import org.bazaar.inventory.support.EventPublisher;
import org.bazaar.inventory.support.InventoryService;
import org.bazaar.inventory.support.Skus;
import org.bazaar.inventory.support.StockEventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InventoryHttpIT {

  @RegisterExtension
  static final InventoryService inventory = InventoryService.instances(1);
  @RegisterExtension
  static final EventPublisher events = new EventPublisher();
  @RegisterExtension
  static final StockEventLog stockEvents = new StockEventLog();

  @Test
  void get_answersTheLevels() {
    String sku = Skus.stocked(inventory, events, 0);

    HttpResponse<Buffer> response = inventory.get(sku, InventoryService.ADMIN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    assertThat(response.bodyAsJsonObject()).isEqualTo(levels(sku, 0, 0));
  }

  @Test
  void get_ofAnUnknownOrMalformedSku_is404() {
    assertProblem(inventory.get(Skus.fresh(), InventoryService.ADMIN), 404);
    assertProblem(inventory.get("bad%20sku", InventoryService.ADMIN), 404);
  }

  @Test
  void get_isForAdminsOnly() {
    String sku = Skus.stocked(inventory, events, 0);

    assertProblem(inventory.get(sku, InventoryService.CUSTOMER), 403);
    assertProblem(inventory.get(sku, null), 401);
  }

  @Test
  void adjust_changesOnHand_andPublishesStockAdjusted() {
    String sku = Skus.stocked(inventory, events, 0);

    HttpResponse<Buffer> response = inventory.adjust(sku, 7, "delivery from the supplier");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject()).isEqualTo(levels(sku, 7, 0));
    JsonObject adjusted = stockEvents.awaitOne(sku, EventTypes.STOCK_ADJUSTED_V1).data();
    assertThat(adjusted.getInteger("delta")).isEqualTo(7);
    assertThat(adjusted.getString("reason")).isEqualTo("delivery from the supplier");
    assertThat(adjusted.getJsonObject("level")).isEqualTo(levels(sku, 7, 0).put("version", 2));
    assertThat(inventory.scalar("SELECT count(*) FROM adjustments WHERE sku = '" + sku + "'")).isEqualTo(1);
  }

  @Test
  void adjust_withAnInvalidBody_is400WithEveryFieldError_andChangesNothing() {
    String sku = Skus.stocked(inventory, events, 2);

    JsonObject problem = assertProblem(inventory.adjust(0, sku, "{\"delta\": 0, \"reason\": \"\"}",
        InventoryService.ADMIN), 400);
    assertThat(problem.getJsonArray("errors")).isEqualTo(new JsonArray()
        .add(new JsonObject().put("field", "delta").put("message", "must not be zero"))
        .add(new JsonObject().put("field", "reason").put("message", "must not be blank")));
    JsonObject malformed = assertProblem(inventory.adjust(0, sku, "{\"delta\": ", InventoryService.ADMIN), 400);
    assertThat(malformed.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
    assertProblem(inventory.adjust(0, sku, "{\"delta\": 1.5, \"reason\": \"x\"}", InventoryService.ADMIN), 400);
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 2, 0, 2));
  }

  @Test
  void adjust_isForAdminsOnly() {
    String sku = Skus.stocked(inventory, events, 2);

    assertProblem(inventory.adjust(0, sku, body(5), InventoryService.CUSTOMER), 403);
    assertProblem(inventory.adjust(0, sku, body(5), null), 401);
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 2, 0, 2));
  }

  @Test
  void adjust_ofAnUnknownSku_is404() {
    assertProblem(inventory.adjust(0, Skus.fresh(), body(5), InventoryService.ADMIN), 404);
  }

  @Test
  void adjust_belowZero_is409_andChangesNothing() {
    String sku = Skus.stocked(inventory, events, 7);

    JsonObject problem = assertProblem(inventory.adjust(0, sku, body(-8), InventoryService.ADMIN), 409);

    assertThat(problem.getString("detail")).contains("-1 on hand");
    assertThat(inventory.stock(sku)).contains(new Stock(sku, 7, 0, 2));
  }

  @Test
  void adjust_belowWhatIsReserved_is409_butDownToItIsFine() {
    String sku = Skus.stocked(inventory, events, 7);
    UUID order = UUID.randomUUID();
    events.orderPlaced(order, Map.of(sku, 5));
    stockEvents.awaitOne(order.toString(), EventTypes.STOCK_RESERVED_V1);

    JsonObject problem = assertProblem(inventory.adjust(0, sku, body(-3), InventoryService.ADMIN), 409);
    assertThat(problem.getString("detail")).contains("5 are reserved");

    HttpResponse<Buffer> response = inventory.adjust(0, sku, body(-2), InventoryService.ADMIN);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.bodyAsJsonObject()).isEqualTo(levels(sku, 5, 5));
  }

  private static String body(int delta) {
    return new JsonObject().put("delta", delta).put("reason", "count").encode();
  }

  private static JsonObject levels(String sku, int onHand, int reserved) {
    return new JsonObject().put("sku", sku).put("onHand", onHand).put("reserved", reserved)
        .put("available", onHand - reserved);
  }

  private static JsonObject assertProblem(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    JsonObject problem = response.bodyAsJsonObject();
    assertThat(problem.getInteger("status")).isEqualTo(status);
    assertThat(problem.getString("type")).startsWith("https://bazaar.local/problems/");
    assertThat(problem.getString("title")).isNotBlank();
    return problem;
  }
}
