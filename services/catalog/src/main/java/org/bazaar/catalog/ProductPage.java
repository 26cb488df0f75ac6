package org.bazaar.catalog;

import java.util.List;

/** One page of products, newest first, and the cursor of the next page (null on the last page). */
public record ProductPage(List<Product> items, Cursor next) {

  public ProductPage {
    items = List.copyOf(items);
  }

  /**
   * Builds a page from up to {@code limit + 1} rows: the extra row only proves that another page exists.
   */
  public static ProductPage of(List<Product> rows, int limit) {
    if (rows.size() <= limit) {
      return new ProductPage(rows, null);
    }
    List<Product> page = rows.subList(0, limit);
    return new ProductPage(page, Cursor.after(page.get(limit - 1)));
  }
}
