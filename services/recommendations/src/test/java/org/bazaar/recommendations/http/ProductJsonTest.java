package org.bazaar.recommendations.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.bazaar.recommendations.Price;
import org.bazaar.recommendations.Product;
import org.junit.jupiter.api.Test;

class ProductJsonTest {

  @Test
  void aProduct_hasTheCatalogsPublicShape() {
    UUID id = UUID.randomUUID();
    JsonObject json = ProductJson.of(new Product(id, "MUG-001", "Mug", "Blue", new Price(1299, "EUR"), 4));
    assertThat(json).isEqualTo(new JsonObject().put("id", id.toString()).put("sku", "MUG-001").put("name", "Mug")
        .put("description", "Blue").put("price", new JsonObject().put("amount", 1299L).put("currency", "EUR"))
        .put("available", 4));
  }

  @Test
  void noProducts_areAnEmptyItemsList() {
    assertThat(ProductJson.items(List.of())).isEqualTo(new JsonObject().put("items", new JsonArray()));
  }
}
