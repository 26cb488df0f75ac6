package org.bazaar.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;

/** A validated partial update: any of name, description and price; the SKU never changes. Null means unchanged. */
public record ProductChanges(String name, String description, Price price) {

  /** Reads and checks a request body; throws {@link InvalidInput} listing every bad field. */
  public static ProductChanges from(Map<String, Object> body, String shopCurrency) {
    List<Violation> violations = new ArrayList<>();
    String name = body.containsKey("name") ? ProductRules.name(body.get("name"), violations) : null;
    String description = body.containsKey("description")
        ? ProductRules.description(body.get("description"), violations) : null;
    Price price = body.containsKey("price") ? ProductRules.price(body.get("price"), shopCurrency, violations) : null;
    if (body.containsKey("sku")) {
      violations.add(new Violation("sku", "cannot be changed"));
    }
    if (violations.isEmpty() && !body.containsKey("name") && !body.containsKey("description")
        && !body.containsKey("price")) {
      violations.add(new Violation("body", "must contain at least one of name, description, price"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInput(violations);
    }
    return new ProductChanges(name, description, price);
  }

  /** The product with these changes applied; everything not mentioned stays as it was. */
  public Product applyTo(Product product) {
    return new Product(product.id(), product.sku(),
        name == null ? product.name() : name,
        description == null ? product.description() : description,
        price == null ? product.price() : price,
        product.available(), product.createdAt(), product.updatedAt());
  }
}
