package org.bazaar.catalog.http;

import io.vertx.ext.web.RoutingContext;
import org.bazaar.catalog.NewProduct;
import org.bazaar.catalog.ProductChanges;
import org.bazaar.catalog.ProductQuery;
import org.bazaar.catalog.persistence.ProductRepository;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.HttpProblem;

/** Reads the catalog (anyone) and changes it (admins only). */
final class ProductHandlers {

  private static final String PUBLIC_PATH = "/api/v1/products/";

  private final ProductRepository products;
  private final String currency;

  ProductHandlers(ProductRepository products, String currency) {
    this.products = products;
    this.currency = currency;
  }

  void list(RoutingContext ctx) {
    ProductQuery query = Requests.validated(() -> ProductQuery.from(ctx.queryParams().get("q"),
        ctx.queryParams().get("limit"), ctx.queryParams().get("cursor")));
    products.list(query)
        .onSuccess(page -> Requests.json(ctx, 200, ProductJson.of(page)))
        .onFailure(ctx::fail);
  }

  void get(RoutingContext ctx) {
    products.find(Requests.productId(ctx))
        .onSuccess(found -> found.ifPresentOrElse(product -> Requests.json(ctx, 200, ProductJson.of(product)),
            () -> ctx.fail(Requests.notFound())))
        .onFailure(ctx::fail);
  }

  void create(RoutingContext ctx) {
    Caller.of(ctx).requireAdmin();
    NewProduct product = Requests.body(ctx, body -> NewProduct.from(body, currency));
    products.create(product, ctx.request().getHeader("traceparent"))
        .onSuccess(created -> created.ifPresentOrElse(p -> {
          ctx.response().putHeader("Location", PUBLIC_PATH + p.id());
          Requests.json(ctx, 201, ProductJson.of(p));
        }, () -> ctx.fail(HttpProblem.conflict("A product with SKU " + product.sku() + " already exists."))))
        .onFailure(ctx::fail);
  }

  void update(RoutingContext ctx) {
    Caller.of(ctx).requireAdmin();
    var id = Requests.productId(ctx);
    ProductChanges changes = Requests.body(ctx, body -> ProductChanges.from(body, currency));
    products.update(id, changes, ctx.request().getHeader("traceparent"))
        .onSuccess(updated -> updated.ifPresentOrElse(p -> Requests.json(ctx, 200, ProductJson.of(p)),
            () -> ctx.fail(Requests.notFound())))
        .onFailure(ctx::fail);
  }
}
