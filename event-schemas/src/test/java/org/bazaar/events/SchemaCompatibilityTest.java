package org.bazaar.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deliberately breaking and compatible edits of real schemas, as the gate sees them. */
class SchemaCompatibilityTest {

  private final JsonObject released = SchemaTree.read(SchemaTree.SCHEMAS.resolve("order/order-cancelled.v1.json"));
  private final JsonObject candidate = released.copy();

  private JsonObject property(String name) {
    return candidate.getJsonObject("properties").getJsonObject(name);
  }

  private List<String> changes() {
    return SchemaCompatibility.breakingChanges(released, candidate);
  }

  @Test
  void anUnchangedSchema_isCompatible() {
    assertThat(changes()).isEmpty();
  }

  @Test
  @DisplayName("the gate accepts a new optional field")
  void addingAnOptionalProperty_isCompatible() {
    candidate.getJsonObject("properties")
        .put("note", new JsonObject().put("type", "string").put("description", "Free text for support."));
    assertThat(changes()).isEmpty();
  }

  @Test
  void changingDescriptionsAndTitles_isCompatible() {
    candidate.put("title", "OrderCancelled (renamed)");
    property("reason").put("description", "A better explanation.");
    assertThat(changes()).isEmpty();
  }

  @Test
  @DisplayName("the gate rejects a removed field")
  void removingAProperty_isBreaking() {
    candidate.getJsonObject("properties").remove("customerId");
    candidate.put("required", new JsonArray(List.of("orderId", "reason", "lines", "total", "cancelledAt")));
    assertThat(changes()).contains("/customerId: property removed", "/customerId: property no longer required");
  }

  @Test
  @DisplayName("the gate rejects a retyped field")
  void retypingAProperty_isBreaking() {
    property("orderId").put("type", "integer").remove("format");
    assertThat(changes()).containsExactly(
        "/orderId: type changed from string to integer", "/orderId: format changed from uuid to (none)");
  }

  @Test
  @DisplayName("the gate rejects a new required field")
  void addingARequiredProperty_isBreaking() {
    candidate.getJsonObject("properties").put("channel", new JsonObject().put("type", "string").put("description", "x"));
    candidate.getJsonArray("required").add("channel");
    assertThat(changes()).containsExactly("/channel: property newly required");
  }

  @Test
  @DisplayName("the gate rejects a removed enum value")
  void removingAnEnumValue_isBreaking() {
    property("reason").put("enum", new JsonArray(List.of("OUT_OF_STOCK", "PAYMENT_DECLINED")));
    assertThat(changes()).containsExactly("/reason: enum value removed: PAYMENT_UNAVAILABLE");
  }

  @Test
  void addingAnEnumValue_isBreaking_forReadersOfAClosedSet() {
    property("reason").getJsonArray("enum").add("FRAUD_SUSPECTED");
    assertThat(changes()).containsExactly("/reason: enum value added: FRAUD_SUSPECTED");
  }

  @Test
  void makingARequiredPropertyOptional_isBreaking() {
    candidate.getJsonArray("required").remove("customerId");
    assertThat(changes()).containsExactly("/customerId: property no longer required");
  }

  @Test
  void tighteningBounds_isBreaking_butLooseningThemIsNot() {
    candidate.getJsonObject("properties").getJsonObject("lines").put("minItems", 2).put("maxItems", 50);
    assertThat(changes()).containsExactly(
        "/lines: minItems raised from 1 to 2", "/lines: maxItems lowered from (none) to 50");

    candidate.getJsonObject("properties").getJsonObject("lines").put("minItems", 0).remove("maxItems");
    assertThat(changes()).isEmpty();
  }

  @Test
  void forbiddingAdditionalProperties_isBreaking() {
    candidate.put("additionalProperties", false);
    assertThat(changes()).containsExactly("/: additionalProperties tightened to false");
  }

  @Test
  void changingAConstOrAPattern_isBreaking() {
    property("orderId").put("pattern", "^[0-9a-f-]+$");
    property("reason").put("const", "OUT_OF_STOCK");
    assertThat(changes()).containsExactlyInAnyOrder(
        "/orderId: pattern changed from (none) to ^[0-9a-f-]+$",
        "/reason: const changed from (none) to OUT_OF_STOCK");
  }

  @Test
  void pointingAReferenceAtAnotherSchemaFile_isBreaking() {
    property("lines").getJsonObject("items").put("$ref", "../common/sku-quantity.v1.json");
    assertThat(changes()).containsExactly(
        "/lines[]: $ref changed from ../common/order-line.v1.json to ../common/sku-quantity.v1.json");
  }

  @Test
  void changesInsideDefinitionsAndArrayItems_areFound() {
    JsonObject lock = SchemaTree.read(SchemaTree.SCHEMAS.resolve("inventory/stock-rejected.v1.json"));
    JsonObject next = lock.copy();
    next.getJsonObject("$defs").getJsonObject("shortage").getJsonObject("properties")
        .getJsonObject("requested").put("minimum", 2);
    assertThat(SchemaCompatibility.breakingChanges(lock, next))
        .containsExactly("#/$defs/shortage/requested: minimum raised from 1 to 2");
  }

  @Test
  void inliningALocalDefinition_isComparedByItsContent() {
    JsonObject lock = SchemaTree.read(SchemaTree.SCHEMAS.resolve("inventory/stock-rejected.v1.json"));
    JsonObject next = lock.copy();
    JsonObject shortage = next.getJsonObject("$defs").getJsonObject("shortage").copy();
    next.getJsonObject("properties").getJsonObject("shortages").put("items", shortage);
    assertThat(SchemaCompatibility.breakingChanges(lock, next)).isEmpty();

    shortage.getJsonObject("properties").getJsonObject("available").put("type", "number");
    assertThat(SchemaCompatibility.breakingChanges(lock, next))
        .containsExactly("/shortages[]/available: type changed from integer to number");
  }

  @Test
  void changingACommonDefinition_isBreaking() {
    JsonObject lock = SchemaTree.read(SchemaTree.SCHEMAS.resolve("common/money.v1.json"));
    JsonObject next = lock.copy();
    next.getJsonObject("properties").getJsonObject("amount").put("type", "number");
    assertThat(SchemaCompatibility.breakingChanges(lock, next))
        .containsExactly("/amount: type changed from integer to number");
  }
}
