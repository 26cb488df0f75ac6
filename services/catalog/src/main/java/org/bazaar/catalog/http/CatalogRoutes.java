package org.bazaar.catalog.http;

import io.vertx.ext.web.Router;
import org.bazaar.catalog.persistence.ProductRepository;

/** Every route catalog serves, in one place. */
public final class CatalogRoutes {

  private final ProductHandlers products;

  public CatalogRoutes(ProductRepository repository, String currency) {
    this.products = new ProductHandlers(repository, currency);
  }

  public void mount(Router router) {
    router.get("/products").handler(products::list);
    router.post("/products").handler(products::create);
    router.get("/products/:id").handler(products::get);
    router.patch("/products/:id").handler(products::update);
    router.delete("/products/:id").handler(products::discontinue);
  }
}
