package org.bazaar.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;

/** A validated request to add a product; the description may be left out (it is then empty). */
public record NewProduct(String sku, String name, String description, Price price) {

  /** Reads and checks a request body; throws {@link InvalidInput} listing every bad field. */
  public static NewProduct from(Map<String, Object> body, String shopCurrency) {
    List<Violation> violations = new ArrayList<>();
    String sku = ProductRules.sku(body.get("sku"), violations);
    String name = ProductRules.name(body.get("name"), violations);
    String description = body.get("description") == null ? ""
        : ProductRules.description(body.get("description"), violations);
    Price price = ProductRules.price(body.get("price"), shopCurrency, violations);
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new NewProduct(sku, name, description, price);
  }
}
