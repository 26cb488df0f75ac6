package org.bazaar.recommendations.persistence;

import java.util.ArrayList;
import java.util.List;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import org.bazaar.recommendations.Price;
import org.bazaar.recommendations.Product;

/** How the read queries select a product with its last known stock, and how such a row becomes a Product. */
final class ProductRows {

  /** Columns of {@code products p} joined with {@code stock_levels s}; no level yet means nothing available. */
  static final String COLUMNS = "p.id, p.sku, p.name, p.description, p.price_amount, p.currency, "
      + "COALESCE(s.available, 0) AS available";
  static final String STOCK_JOIN = "LEFT JOIN stock_levels s ON s.sku = p.sku";

  private ProductRows() {
  }

  static List<Product> products(RowSet<Row> rows) {
    List<Product> products = new ArrayList<>(rows.size());
    rows.forEach(row -> products.add(product(row)));
    return products;
  }

  static Product product(Row row) {
    return new Product(row.getUUID("id"), row.getString("sku"), row.getString("name"), row.getString("description"),
        new Price(row.getLong("price_amount"), row.getString("currency")), row.getInteger("available"));
  }
}
