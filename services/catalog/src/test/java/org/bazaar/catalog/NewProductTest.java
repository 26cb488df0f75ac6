package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.Test;

class NewProductTest {

  @Test
  void aValidBody_becomesANewProduct_withAnEmptyDescriptionByDefault() {
    NewProduct product = NewProduct.from(body("MUG-001", "  Mug ", 1299L), "EUR");
    assertThat(product).isEqualTo(new NewProduct("MUG-001", "Mug", "", new Price(1299, "EUR")));
  }

  @Test
  void skus_areLettersDigitsDotsUnderscoresAndHyphens_upTo64() {
    assertThat(NewProduct.from(body("a.B_c-9", "Mug", 0), "EUR").sku()).isEqualTo("a.B_c-9");
    assertThat(fields(body("has space", "Mug", 1))).containsExactly("sku");
    assertThat(fields(body("x".repeat(65), "Mug", 1))).containsExactly("sku");
    assertThat(NewProduct.from(body("x".repeat(64), "Mug", 1), "EUR").sku()).hasSize(64);
    assertThat(fields(body("", "Mug", 1))).containsExactly("sku");
  }

  @Test
  void namesAndDescriptions_haveBounds() {
    assertThat(fields(body("S", " ", 1))).containsExactly("name");
    assertThat(fields(body("S", "n".repeat(201), 1))).containsExactly("name");
    Map<String, Object> longDescription = body("S", "Mug", 1);
    longDescription.put("description", "d".repeat(4001));
    assertThat(fields(longDescription)).containsExactly("description");
    longDescription.put("description", "nul \u0000 inside");
    assertThat(fields(longDescription)).containsExactly("description");
    longDescription.put("description", 7);
    assertThat(fields(longDescription)).containsExactly("description");
  }

  @Test
  void prices_areWholeNonNegativeMinorUnits_inTheShopCurrency() {
    assertThat(fields(body("S", "Mug", -1))).containsExactly("price.amount");
    assertThat(fields(body("S", "Mug", 12.5))).containsExactly("price.amount");
    assertThat(fields(body("S", "Mug", "12"))).containsExactly("price.amount");
    assertThat(fields(body("S", "Mug", new BigInteger("99999999999999999999")))).containsExactly("price.amount");
    Map<String, Object> dollars = body("S", "Mug", 5);
    dollars.put("price", Map.of("amount", 5, "currency", "USD"));
    assertThat(fields(dollars)).containsExactly("price.currency");
    Map<String, Object> noPrice = body("S", "Mug", 5);
    noPrice.remove("price");
    assertThat(fields(noPrice)).containsExactly("price");
    noPrice.put("price", 5);
    assertThat(fields(noPrice)).containsExactly("price");
    assertThat(NewProduct.from(body("S", "Mug", Long.MAX_VALUE), "EUR").price().amount()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void everyBadField_isReportedAtOnce() {
    assertThat(fields(new HashMap<>())).containsExactlyInAnyOrder("sku", "name", "price");
  }

  static List<String> fields(Map<String, Object> body) {
    try {
      NewProduct.from(body, "EUR");
      throw new AssertionError("expected the body to be rejected");
    } catch (InvalidInput e) {
      return e.violations().stream().map(Violation::field).toList();
    }
  }

  static Map<String, Object> body(String sku, String name, Object amount) {
    Map<String, Object> body = new HashMap<>();
    body.put("sku", sku);
    body.put("name", name);
    Map<String, Object> price = new HashMap<>();
    price.put("amount", amount);
    price.put("currency", "EUR");
    body.put("price", price);
    return body;
  }
}
