package org.bazaar.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bazaar.events.common.Money;
import org.bazaar.events.common.OrderLine;
import org.bazaar.events.order.CancellationReason;
import org.bazaar.events.order.OrderCancelled;
import org.bazaar.events.order.OrderConfirmed;
import org.bazaar.events.order.OrderPlaced;
import org.bazaar.events.payment.DeclineReason;
import org.bazaar.events.payment.PaymentDeclined;
import org.bazaar.events.product.ProductCreated;
import org.junit.jupiter.api.Test;

class PayloadRecordsTest {

  private final EventSchemas schemas = EventSchemas.load();

  @Test
  void everyEventType_hasATypedRecord() {
    assertThat(PayloadReaders.BY_TYPE).containsOnlyKeys(EventTypes.all());
  }

  @Test
  void everyFixture_readsIntoItsRecord_andWritesBackValidJson() {
    SchemaTree.fixtures(SchemaTree.SCHEMAS).forEach((file, fixture) -> {
      String type = SchemaTree.typeOf(file);
      EventPayload payload = PayloadReaders.BY_TYPE.get(type).apply(fixture);
      JsonObject written = payload.toJson();

      assertThat(payload.type()).as(file).isEqualTo(type);
      assertThat(payload.key()).as(file).isEqualTo(fixture.getString(PayloadReaders.keyField(type)));
      assertThat(schemas.validate(type, written).errors()).as(file).isEmpty();
      assertThat(PayloadReaders.BY_TYPE.get(type).apply(written)).as(file).isEqualTo(payload);
    });
  }

  @Test
  void fromJson_ignoresFieldsItDoesNotKnow() {
    JsonObject withExtras = SchemaTree.read(SchemaTree.SCHEMAS.resolve("order/order-placed.v1-with-unknown-field.json"));
    JsonObject minimal = SchemaTree.read(SchemaTree.SCHEMAS.resolve("order/order-placed.v1-minimal.json"));

    assertThat(OrderPlaced.fromJson(withExtras)).isEqualTo(OrderPlaced.fromJson(minimal));
    assertThat(OrderPlaced.fromJson(withExtras).toJson().fieldNames()).doesNotContain("giftWrap", "channel");
  }

  @Test
  void fromJson_readsTimestampsWithAnOffset_asInstants() {
    ProductCreated created = ProductCreated.fromJson(
        SchemaTree.read(SchemaTree.SCHEMAS.resolve("catalog/product-created.v1-full.json")));

    assertThat(created.createdAt()).isEqualTo(Instant.parse("2025-03-14T08:26:53.589Z"));
    assertThat(created.price()).isEqualTo(new Money(1299, "EUR"));
    assertThat(created.toJson().getString("createdAt")).isEqualTo("2025-03-14T08:26:53.589Z");
  }

  @Test
  void toJson_leavesOutAnAbsentOptionalField() {
    PaymentDeclined declined = new PaymentDeclined(UUID.randomUUID(), DeclineReason.DECLINED, null, 1, Instant.now());

    assertThat(declined.toJson().containsKey("detail")).isFalse();
    assertThat(schemas.validate(PaymentDeclined.TYPE, declined.toJson()).valid()).isTrue();
  }

  @Test
  void aRecordBuiltInCode_isAValidPayload_keyedByItsAggregate() {
    UUID orderId = UUID.randomUUID();
    OrderLine line = new OrderLine(UUID.randomUUID(), "MUG-001", "Mug", 2, new Money(1299, "EUR"));
    OrderPlaced placed = new OrderPlaced(orderId, UUID.randomUUID(), List.of(line), new Money(2598, "EUR"), Instant.now());

    assertThat(placed.key()).isEqualTo(orderId.toString());
    assertThat(schemas.validate(placed.type(), placed.toJson()).errors()).isEmpty();
  }

  @Test
  void fromCart_readsAsFalseWhenAbsent_andIsWrittenOnlyWhenTrue() {
    JsonObject minimal = SchemaTree.read(SchemaTree.SCHEMAS.resolve("order/order-placed.v1-minimal.json"));
    JsonObject full = SchemaTree.read(SchemaTree.SCHEMAS.resolve("order/order-placed.v1-full.json"));

    assertThat(OrderPlaced.fromJson(minimal).fromCart()).isFalse();
    assertThat(OrderPlaced.fromJson(minimal).toJson().containsKey("fromCart")).isFalse();
    assertThat(OrderPlaced.fromJson(full).fromCart()).isTrue();
    assertThat(OrderPlaced.fromJson(full).toJson().getBoolean("fromCart")).isTrue();
    assertThat(OrderPlaced.fromJson(minimal.copy().put("fromCart", false))).isEqualTo(OrderPlaced.fromJson(minimal));
    assertThat(OrderConfirmed.fromJson(SchemaTree.read(SchemaTree.SCHEMAS.resolve("order/order-confirmed.v1-full.json")))
        .fromCart()).isTrue();
  }

  @Test
  void orderRecords_builtWithTheOlderConstructors_areNotFromTheCart() {
    OrderLine line = new OrderLine(UUID.randomUUID(), "MUG-001", "Mug", 1, new Money(1299, "EUR"));
    OrderCancelled cancelled = new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), CancellationReason.OUT_OF_STOCK,
        List.of(line), new Money(1299, "EUR"), Instant.now());
    OrderPlaced fromCart = new OrderPlaced(UUID.randomUUID(), UUID.randomUUID(), List.of(line), new Money(1299, "EUR"),
        Instant.now(), true);

    assertThat(cancelled.fromCart()).isFalse();
    assertThat(schemas.validate(cancelled.type(), cancelled.toJson()).errors()).isEmpty();
    assertThat(schemas.validate(fromCart.type(), fromCart.toJson()).errors()).isEmpty();
  }
}
