package org.bazaar.edge.http;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;
import static org.bazaar.edge.Access.ADMIN;
import static org.bazaar.edge.Access.PUBLIC;
import static org.bazaar.edge.Access.SIGNED_IN;
import static org.bazaar.edge.PublicPaths.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.validation.RequestValidator;
import org.bazaar.edge.Access;
import org.bazaar.edge.client.ServiceClient;
import org.bazaar.edge.client.ServiceClients;

/**
 * Every public operation in one place: who may call it and which service answers it. Each operation of
 * the OpenAPI contract gets authentication and role checks (when it declares security), then validation,
 * then its handler; a contract operation without a handler, or a mismatch in security, stops start-up.
 */
public final class EdgeRoutes {

  private record Op(Access access, Handler<RoutingContext> handler) {
  }

  private final Map<String, Op> operations = new LinkedHashMap<>();

  public EdgeRoutes(ServiceClients services, Buffer openApiDocument) {
    ServiceClient identity = services.get("identity");
    ServiceClient catalog = services.get("catalog");
    ServiceClient inventory = services.get("inventory");
    ServiceClient orders = services.get("orders");

    on("getOpenApi", PUBLIC, ctx -> ctx.response().putHeader("Content-Type", "application/yaml").end(openApiDocument));
    on("createAccount", PUBLIC, Forward.to(identity, POST, ctx -> "/accounts"));
    on("createSession", PUBLIC, Forward.to(identity, POST, ctx -> "/sessions"));
    on("getMe", SIGNED_IN, Forward.to(identity, GET, ctx -> "/accounts/" + segment(Authorize.subject(ctx))));

    on("listProducts", PUBLIC, Forward.to(catalog, GET, ctx -> "/products" + Forward.query(ctx, "q", "limit", "cursor")));
    on("getProductPage", PUBLIC, new ProductPageHandler(catalog, List.of()));
    on("createProduct", ADMIN, Forward.to(catalog, POST, ctx -> "/products").locating("/products"));
    on("updateProduct", ADMIN, Forward.to(catalog, PATCH, ctx -> "/products/" + segment(ctx.pathParam("id"))));

    on("getStock", ADMIN, Forward.to(inventory, GET, ctx -> "/inventory/" + segment(ctx.pathParam("sku"))));
    on("adjustStock", ADMIN, Forward.to(inventory, POST,
        ctx -> "/inventory/" + segment(ctx.pathParam("sku")) + "/adjustments"));

    on("placeOrder", SIGNED_IN, Forward.to(orders, POST, ctx -> "/orders").locating("/orders"));
    on("getOrder", SIGNED_IN, Forward.to(orders, GET, ctx -> "/orders/" + segment(ctx.pathParam("id"))));
    on("listOrders", SIGNED_IN, Forward.to(orders, GET, ctx -> "/orders" + Forward.query(ctx, "limit", "cursor")));
  }

  private void on(String operationId, Access access, Handler<RoutingContext> handler) {
    operations.put(operationId, new Op(access, handler));
  }

  /** Attaches the handler chain of every operation; fails when the contract and this table disagree. */
  public void mount(RouterBuilder builder, Authenticate authenticate, RequestValidator validator) {
    for (OpenAPIRoute route : builder.getRoutes()) {
      String id = route.getOperation().getOperationId();
      Op op = operations.get(id);
      if (op == null) {
        throw new IllegalStateException("no handler for operation " + id);
      }
      boolean secured = !route.getOperation().getSecurityRequirements().isEmpty();
      if (secured != op.access().needsToken()) {
        throw new IllegalStateException("operation " + id + " is " + op.access() + " but the contract says "
            + (secured ? "it needs a token" : "it needs none"));
      }
      route.setDoSecurity(false).setDoValidation(false);
      if (secured) {
        route.addHandler(authenticate).addHandler(new Authorize(op.access()));
      }
      route.addHandler(new Validate(validator, route.getOperation())).addHandler(op.handler());
    }
    if (operations.size() != builder.getRoutes().size()) {
      throw new IllegalStateException("handlers for operations the contract does not declare: " + operations.keySet());
    }
  }
}
