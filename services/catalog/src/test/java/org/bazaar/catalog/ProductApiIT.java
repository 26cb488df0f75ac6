package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.catalog.TestCatalog.ADMIN;
import static org.bazaar.catalog.TestCatalog.CUSTOMER;
import static org.bazaar.catalog.TestCatalog.product;
import static org.bazaar.catalog.TestCatalog.unique;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProductApiIT {

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
  void anAdmin_createsAProduct_thatAnyoneCanRead() {
    String sku = unique("MUG");
    HttpResponse<Buffer> created = catalog.post(ADMIN, product(sku, "Mug", "A white mug", 1299));
    assertThat(created.statusCode()).isEqualTo(201);
    JsonObject product = created.bodyAsJsonObject();
    assertThat(product.fieldNames()).containsExactlyInAnyOrder("id", "sku", "name", "description", "price", "available");
    assertThat(product.getString("sku")).isEqualTo(sku);
    assertThat(product.getJsonObject("price")).isEqualTo(new JsonObject().put("amount", 1299).put("currency", "EUR"));
    assertThat(product.getInteger("available")).isZero();
    assertThat(created.getHeader("Location")).isEqualTo("/api/v1/products/" + product.getString("id"));

    HttpResponse<Buffer> read = catalog.get("/products/" + product.getString("id"));
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.bodyAsJsonObject()).isEqualTo(product);
  }

  @Test
  void aTakenSku_isAConflict() {
    String sku = unique("TEE");
    catalog.create(sku, "Tee", "", 1500);
    assertThat(catalog.post(ADMIN, product(sku, "Other tee", "", 1)).statusCode()).isEqualTo(409);
  }

  @Test
  void onlyAdmins_mayChangeTheCatalog() {
    JsonObject product = catalog.create(unique("CAP"), "Cap", "", 900);
    assertThat(catalog.post(CUSTOMER, product(unique("CAP"), "Cap", "", 1)).statusCode()).isEqualTo(403);
    assertThat(catalog.post(null, product(unique("CAP"), "Cap", "", 1)).statusCode()).isEqualTo(401);
    JsonObject rename = new JsonObject().put("name", "Hat");
    assertThat(catalog.patch(CUSTOMER, product.getString("id"), rename).statusCode()).isEqualTo(403);
    assertThat(catalog.patch(null, product.getString("id"), rename).statusCode()).isEqualTo(401);
    assertThat(catalog.get("/products/" + product.getString("id")).bodyAsJsonObject().getString("name"))
        .isEqualTo("Cap");
  }

  @Test
  void invalidProducts_areRejectedWithTheirFields() {
    JsonObject bad = new JsonObject().put("sku", "has space").put("name", "")
        .put("price", new JsonObject().put("amount", -1).put("currency", "USD"));
    HttpResponse<Buffer> response = catalog.post(ADMIN, bad);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.bodyAsJsonObject().getJsonArray("errors").stream()
        .map(e -> ((JsonObject) e).getString("field")).toList())
        .containsExactlyInAnyOrder("sku", "name", "price.amount", "price.currency");
    JsonObject fractional = product(unique("X"), "X", "", 1);
    fractional.getJsonObject("price").put("amount", 1.5);
    assertThat(catalog.post(ADMIN, fractional).statusCode()).isEqualTo(400);
    assertThat(catalog.get("/products?limit=0").statusCode()).isEqualTo(400);
    assertThat(catalog.get("/products?limit=101").statusCode()).isEqualTo(400);
    assertThat(catalog.get("/products?cursor=garbage").statusCode()).isEqualTo(400);
  }

  @Test
  void unknownAndMalformedIds_areNotFound() {
    assertThat(catalog.get("/products/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(catalog.get("/products/not-a-uuid").statusCode()).isEqualTo(404);
    assertThat(catalog.patch(ADMIN, UUID.randomUUID().toString(), new JsonObject().put("name", "X")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aPatch_changesOnlyTheGivenFields() {
    JsonObject product = catalog.create(unique("BAG"), "Bag", "Canvas", 2500);
    JsonObject price = new JsonObject().put("amount", 1999).put("currency", "EUR");
    HttpResponse<Buffer> patched = catalog.patch(ADMIN, product.getString("id"), new JsonObject().put("price", price));
    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(patched.bodyAsJsonObject()).isEqualTo(product.copy().put("price", price));
    assertThat(catalog.patch(ADMIN, product.getString("id"), new JsonObject().put("sku", "NEW")).statusCode())
        .isEqualTo(400);
    assertThat(catalog.patch(ADMIN, product.getString("id"), new JsonObject()).statusCode()).isEqualTo(400);
  }

  @Test
  void search_matchesNameDescriptionAndSku_caseInsensitively() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String byName = catalog.create(unique("S1"), "Zebra " + token, "", 1).getString("id");
    String byDescription = catalog.create(unique("S2"), "Plain", "made of " + token.toUpperCase(), 1).getString("id");
    String bySku = catalog.create("SKU-" + token, "Plain", "", 1).getString("id");
    catalog.create(unique("S3"), "Unrelated", "nothing to see", 1);
    assertThat(ids("/products?q=" + token.toUpperCase())).containsExactly(bySku, byDescription, byName);
    assertThat(ids("/products?q=%25")).isEmpty();
    assertThat(ids("/products?q=" + token + "%25_")).isEmpty();
  }

  @Test
  void pages_walkEveryProduct_newestFirst_withoutDuplicatesOrGaps() {
    String token = "page" + UUID.randomUUID().toString().substring(0, 8);
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      created.add(0, catalog.create(unique("P" + i), "Item " + i + " " + token, "", i).getString("id"));
    }
    List<String> walked = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonObject page = catalog.get("/products?q=" + token + "&limit=7" + (cursor == null ? "" : "&cursor=" + cursor))
          .bodyAsJsonObject();
      page.getJsonArray("items").forEach(item -> walked.add(((JsonObject) item).getString("id")));
      cursor = page.getString("next");
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(pages).isEqualTo(4);
    assertThat(walked).containsExactlyElementsOf(created);
    Set<String> all = new HashSet<>(ids("/products?limit=100"));
    assertThat(all).containsAll(created);
    assertThat(catalog.get("/products").bodyAsJsonObject().getJsonArray("items")).hasSize(20);
  }

  private static List<String> ids(String path) {
    HttpResponse<Buffer> response = catalog.get(path);
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(200);
    return response.bodyAsJsonObject().getJsonArray("items").stream()
        .map(item -> ((JsonObject) item).getString("id")).toList();
  }
}
