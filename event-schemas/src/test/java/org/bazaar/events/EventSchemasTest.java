package org.bazaar.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

  private final EventSchemas schemas = EventSchemas.load();

  private static JsonObject fixture(String file) {
    return SchemaTree.read(SchemaTree.SCHEMAS.resolve(file));
  }

  @Test
  void load_readsTheSchemasOnce_andReturnsTheSameInstance() {
    assertThat(EventSchemas.load()).isSameAs(schemas);
  }

  @Test
  void dataSchema_isTheSchemaId_ofEveryType() {
    for (String type : EventTypes.all()) {
      JsonObject schema = SchemaTree.read(SchemaTree.SCHEMAS.resolve(SchemaPaths.fileOf(type)));
      assertThat(schemas.dataSchema(type)).isEqualTo(schema.getString("$id"));
    }
    assertThat(schemas.dataSchema(EventTypes.ORDER_PLACED_V1))
        .isEqualTo("https://schemas.bazaar.local/order/order-placed.v1.json");
  }

  @Test
  void knows_everyEventType_andNothingElse() {
    assertThat(EventTypes.all()).allMatch(schemas::knows);
    assertThat(schemas.knows("org.bazaar.order.shipped.v1")).isFalse();
    assertThat(schemas.knows(null)).isFalse();
    assertThatThrownBy(() -> schemas.dataSchema("org.bazaar.order.shipped.v1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validate_withAnUnknownType_isInvalid_andSaysSo() {
    SchemaVerdict verdict = schemas.validate("org.bazaar.order.shipped.v1", new JsonObject());
    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.errors()).containsExactly("unknown event type: org.bazaar.order.shipped.v1");
  }

  @Test
  void validate_withoutPayload_isInvalid() {
    assertThat(schemas.validate(EventTypes.ORDER_PLACED_V1, null).valid()).isFalse();
  }

  @Test
  void validate_reportsWhereAndWhat_withoutWrapperNoise() {
    JsonObject payload = fixture("order/order-placed.v1-minimal.json");
    payload.getJsonObject("total").put("amount", -5);
    payload.remove("placedAt");

    SchemaVerdict verdict = schemas.validate(EventTypes.ORDER_PLACED_V1, payload);

    assertThat(verdict.valid()).isFalse();
    assertThat(verdict.errors()).containsExactlyInAnyOrder(
        "/total/amount: -5 is less than 0",
        "/: Instance does not have required property \"placedAt\"");
  }

  @Test
  void validate_checksFormatsAndSharedDefinitions() {
    JsonObject payload = fixture("order/order-placed.v1-full.json");
    payload.put("customerId", "not-a-uuid");
    payload.getJsonArray("lines").getJsonObject(1).put("sku", "has space");

    assertThat(schemas.validate(EventTypes.ORDER_PLACED_V1, payload).errors()).containsExactlyInAnyOrder(
        "/customerId: String does not match format \"uuid\"",
        "/lines/1/sku: String does not match pattern");
  }

  @Test
  void validate_acceptsFieldsTheSchemaDoesNotKnow() {
    JsonObject payload = fixture("identity/user-registered.v1-minimal.json").put("locale", "de-AT");
    assertThat(schemas.validate(EventTypes.USER_REGISTERED_V1, payload)).isEqualTo(new SchemaVerdict(true, List.of()));
  }

  @Test
  void validate_givesTheSameVerdicts_fromManyThreadsAtOnce() throws Exception {
    JsonObject valid = fixture("order/order-placed.v1-full.json");
    JsonObject invalid = valid.copy().put("total", new JsonObject().put("amount", 1));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        boolean expectValid = i % 2 == 0;
        JsonObject payload = expectValid ? valid : invalid;
        results.add(pool.submit(() -> schemas.validate(EventTypes.ORDER_PLACED_V1, payload).valid() == expectValid));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
