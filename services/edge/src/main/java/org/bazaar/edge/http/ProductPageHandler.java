package org.bazaar.edge.http;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.edge.PublicPaths;
import org.bazaar.edge.client.ServiceAnswer;
import org.bazaar.edge.client.ServiceClient;
import org.bazaar.platform.http.HttpProblem;

/**
 * {@code GET /products/{id}}: the catalog's product (required: without it there is no page) plus each
 * {@link PagePart}, fetched in parallel; a part that fails is empty and named in {@code degraded}. Until
 * the reviews and recommendations services exist the page carries their empty shapes and no parts.
 */
public final class ProductPageHandler implements Handler<RoutingContext> {

  /** The shape of the parts no service provides yet: no rating, no reviews, no recommendations. */
  static final JsonObject EMPTY_PARTS = new JsonObject()
      .put("rating", new JsonObject().putNull("average").put("count", 0))
      .put("reviews", new JsonArray())
      .put("recommendations", new JsonArray());

  private final ServiceClient catalog;
  private final List<PagePart> parts;

  public ProductPageHandler(ServiceClient catalog, List<PagePart> parts) {
    this.catalog = catalog;
    this.parts = List.copyOf(parts);
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    catalog.send(Forward.request(ctx, HttpMethod.GET, "/products/" + PublicPaths.segment(id)))
        .onSuccess(answer -> {
          if (!answer.succeeded()) {
            Forward.problem(ctx, answer);
            return;
          }
          JsonObject product = answer.json();
          if (product == null) {
            ctx.fail(new HttpProblem(502, "bad-gateway", "Bad gateway", "The catalog sent no product.", List.of()));
            return;
          }
          assemble(product, id).onSuccess(page -> ctx.response().setStatusCode(200)
              .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(page.encode()));
        })
        .onFailure(ctx::fail);
  }

  private Future<JsonObject> assemble(JsonObject product, String id) {
    JsonObject page = product.copy().mergeIn(EMPTY_PARTS.copy());
    JsonArray degraded = new JsonArray();
    List<Future<JsonObject>> fetched = new ArrayList<>();
    for (PagePart part : parts) {
      fetched.add(part.fetch(id).otherwise(failure -> null));
    }
    return Future.join(fetched).transform(done -> {
      for (int i = 0; i < parts.size(); i++) {
        JsonObject fields = fetched.get(i).result();
        if (fields == null) {
          degraded.add(parts.get(i).name());
          page.mergeIn(parts.get(i).empty());
        } else {
          page.mergeIn(fields);
        }
      }
      return Future.succeededFuture(page.put("degraded", degraded));
    });
  }
}
