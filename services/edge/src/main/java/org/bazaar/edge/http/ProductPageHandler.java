package org.bazaar.edge.http;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.edge.PublicPaths;
import org.bazaar.edge.Roles;
import org.bazaar.edge.client.ServiceAnswer;
import org.bazaar.edge.client.ServiceClient;
import org.bazaar.edge.messaging.ViewRecorder;
import org.bazaar.platform.http.HttpProblem;

/**
 * {@code GET /products/{id}}: asks the catalog (essential: its 404 is the page's 404, its failure a 503) and
 * every {@link PagePart} at the same time; an optional part that fails or misses its deadline is empty and
 * named in {@code degraded}, so the page answers within the catalog's time plus the parts' deadline. A
 * signed-in customer's view is recorded, best effort.
 */
public final class ProductPageHandler implements Handler<RoutingContext> {

  private final ServiceClient catalog;
  private final List<PagePart> parts;
  private final ViewRecorder views;

  public ProductPageHandler(ServiceClient catalog, List<PagePart> parts, ViewRecorder views) {
    this.catalog = catalog;
    this.parts = List.copyOf(parts);
    this.views = views;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Future<ServiceAnswer> product = catalog.send(Forward.request(ctx, HttpMethod.GET, "/products/"
        + PublicPaths.segment(id)));
    List<Future<JsonObject>> fetched = parts.stream()
        .map(part -> part.fetch(ctx, id).otherwise((JsonObject) null)).toList();
    product.onFailure(ctx::fail).onSuccess(answer -> {
      if (!answer.succeeded()) {
        Forward.problem(ctx, answer);
        return;
      }
      JsonObject page = answer.json();
      if (page == null) {
        ctx.fail(new HttpProblem(502, "bad-gateway", "Bad gateway", "The catalog sent no product.", List.of()));
        return;
      }
      Future.all(fetched).onComplete(done -> {
        ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .end(assemble(page, fetched).encode());
        String viewer = Authorize.subject(ctx);
        if (viewer != null && Authorize.roles(ctx).contains(Roles.CUSTOMER)) {
          views.viewed(viewer, page.getString("id", id), EdgeHeaders.traceparent(ctx));
        }
      });
    });
  }

  private JsonObject assemble(JsonObject page, List<Future<JsonObject>> fetched) {
    JsonArray degraded = new JsonArray();
    for (int i = 0; i < parts.size(); i++) {
      JsonObject fields = fetched.get(i).result();
      if (fields == null) {
        degraded.add(parts.get(i).name());
        page.mergeIn(parts.get(i).empty());
      } else {
        page.mergeIn(fields);
      }
    }
    return page.put("degraded", degraded);
  }
}
