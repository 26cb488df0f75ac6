package org.bazaar.catalog.http;

import java.util.UUID;

import io.vertx.ext.web.RoutingContext;
import org.bazaar.catalog.NewProduct;
import org.bazaar.catalog.ProductChanges;
import org.bazaar.catalog.ProductQuery;
import org.bazaar.catalog.persistence.ProductRepository;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.http.JsonBodies;

/** Reads the catalog (anyone) and changes it: create, change, discontinue (admins only). */
final class ProductHandlers {

  private static final String PUBLIC_PATH = "/api/v1/products/";

  private final ProductRepository products;
  private final String currency;

  ProductHandlers(ProductRepository products, String currency) {
    this.products = products;
    this.currency = currency;
  }

  void list(RoutingContext ctx) {
    ProductQuery query = ProductQuery.from(ctx.queryParams().get("q"), ctx.queryParams().get("limit"),
        ctx.queryParams().get("cursor"));
    products.list(query)
        .onSuccess(page -> JsonBodies.send(ctx, 200, ProductJson.of(page)))
        .onFailure(ctx::fail);
  }

  void get(RoutingContext ctx) {
    products.find(productId(ctx))
        .onSuccess(found -> found.ifPresentOrElse(product -> JsonBodies.send(ctx, 200, ProductJson.of(product)),
            () -> ctx.fail(notFound())))
        .onFailure(ctx::fail);
  }

  void create(RoutingContext ctx) {
    Caller.of(ctx).requireAdmin();
    NewProduct product = NewProduct.from(JsonBodies.object(ctx).getMap(), currency);
    products.create(product, ctx.request().getHeader("traceparent"))
        .onSuccess(created -> created.ifPresentOrElse(p -> {
          ctx.response().putHeader("Location", PUBLIC_PATH + p.id());
          JsonBodies.send(ctx, 201, ProductJson.of(p));
        }, () -> ctx.fail(HttpProblem.conflict("A product with SKU " + product.sku() + " already exists."))))
        .onFailure(ctx::fail);
  }

  void update(RoutingContext ctx) {
    Caller.of(ctx).requireAdmin();
    var id = productId(ctx);
    ProductChanges changes = ProductChanges.from(JsonBodies.object(ctx).getMap(), currency);
    products.update(id, changes, ctx.request().getHeader("traceparent"))
        .onSuccess(updated -> updated.ifPresentOrElse(p -> JsonBodies.send(ctx, 200, ProductJson.of(p)),
            () -> ctx.fail(notFound())))
        .onFailure(ctx::fail);
  }

  void discontinue(RoutingContext ctx) {
    Caller.of(ctx).requireAdmin();
    products.discontinue(productId(ctx), ctx.request().getHeader("traceparent"))
        .onSuccess(done -> {
          if (done) {
            ctx.response().setStatusCode(204).end();
          } else {
            ctx.fail(notFound());
          }
        })
        .onFailure(ctx::fail);
  }

  /** The product id of the path; a malformed id names no product, so it is a 404 like an unknown one. */
  private static UUID productId(RoutingContext ctx) {
    try {
      return UUID.fromString(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw notFound();
    }
  }

  private static HttpProblem notFound() {
    return HttpProblem.notFound("No such product.");
  }
}
