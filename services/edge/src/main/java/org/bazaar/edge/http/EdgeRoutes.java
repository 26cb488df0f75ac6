package org.bazaar.edge.http;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;
import static org.bazaar.edge.Access.ADMIN;
import static org.bazaar.edge.Access.CUSTOMER;
import static org.bazaar.edge.Access.OPTIONAL_TOKEN;
import static org.bazaar.edge.Access.PUBLIC;
import static org.bazaar.edge.Access.SIGNED_IN;
import static org.bazaar.edge.PublicPaths.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.OpenAPIRoute;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.SecurityRequirement;
import io.vertx.openapi.validation.RequestValidator;
import org.bazaar.edge.Access;
import org.bazaar.edge.OrderWatchers;
import org.bazaar.edge.client.ServiceClient;
import org.bazaar.edge.client.ServiceClients;
import org.bazaar.edge.config.EdgeConfig;
import org.bazaar.edge.messaging.ViewRecorder;

/**
 * Every public operation in one place: who may call it and which service answers it. Each operation of
 * the OpenAPI contract gets authentication and role checks (when it declares security), its rate limit,
 * then validation, then its handler; a contract operation without a handler, or a mismatch in security,
 * stops start-up.
 */
public final class EdgeRoutes {

  private record Op(Access access, boolean strictLimit, Handler<RoutingContext> handler) {
  }

  private final Map<String, Op> operations = new LinkedHashMap<>();
  private final JWTAuth verifier;
  private final RateLimits limits;
  private Buffer document = Buffer.buffer();

  public EdgeRoutes(Vertx vertx, EdgeConfig config, ServiceClients services, ViewRecorder views,
      OrderWatchers watchers, RateLimits limits, JWTAuth verifier) {
    this.verifier = verifier;
    this.limits = limits;
    ServiceClient identity = services.get("identity");
    ServiceClient catalog = services.get("catalog");
    ServiceClient inventory = services.get("inventory");
    ServiceClient cart = services.get("cart");
    ServiceClient orders = services.get("orders");
    ServiceClient reviews = services.get("reviews");
    ServiceClient recommendations = services.get("recommendations");

    on("getOpenApi", PUBLIC, ctx -> ctx.response().putHeader("Content-Type", "application/yaml").end(document));
    operations.put("createAccount", new Op(PUBLIC, true, Forward.to(identity, POST, ctx -> "/accounts")));
    operations.put("createSession", new Op(PUBLIC, true, Forward.to(identity, POST, ctx -> "/sessions")));
    on("getMe", SIGNED_IN, Forward.to(identity, GET, ctx -> "/accounts/" + segment(Authorize.subject(ctx))));
    on("getHistory", CUSTOMER, Forward.to(recommendations, GET,
        ctx -> "/history/" + segment(Authorize.subject(ctx)) + Forward.query(ctx, "limit")));

    on("listProducts", PUBLIC, Forward.to(catalog, GET, ctx -> "/products" + Forward.query(ctx, "q", "limit", "cursor")));
    on("getProductPage", OPTIONAL_TOKEN, new ProductPageHandler(catalog, List.of(
        ServicePart.reviews(reviews, config.partTimeout("reviews")),
        ServicePart.recommendations(recommendations, config.partTimeout("recommendations"))), views));
    on("createProduct", ADMIN, Forward.to(catalog, POST, ctx -> "/products").locating("/products"));
    on("updateProduct", ADMIN, Forward.to(catalog, PATCH, ctx -> "/products/" + segment(ctx.pathParam("id"))));
    on("discontinueProduct", ADMIN, Forward.to(catalog, DELETE, ctx -> "/products/" + segment(ctx.pathParam("id"))));
    on("postReview", CUSTOMER, Forward.to(reviews, POST,
        ctx -> "/products/" + segment(ctx.pathParam("id")) + "/reviews"));

    on("getStock", ADMIN, Forward.to(inventory, GET, ctx -> "/inventory/" + segment(ctx.pathParam("sku"))));
    on("adjustStock", ADMIN, Forward.to(inventory, POST,
        ctx -> "/inventory/" + segment(ctx.pathParam("sku")) + "/adjustments"));

    on("getCart", CUSTOMER, Forward.to(cart, GET, ctx -> "/cart"));
    on("putCartItem", CUSTOMER, Forward.to(cart, PUT, ctx -> "/cart/items/" + segment(ctx.pathParam("productId"))));
    on("removeCartItem", CUSTOMER, Forward.to(cart, DELETE,
        ctx -> "/cart/items/" + segment(ctx.pathParam("productId"))));

    on("placeOrder", SIGNED_IN, new PlaceOrderHandler(cart, orders));
    on("getOrder", SIGNED_IN, Forward.to(orders, GET, ctx -> "/orders/" + segment(ctx.pathParam("id"))));
    on("listOrders", SIGNED_IN, Forward.to(orders, GET, ctx -> "/orders" + Forward.query(ctx, "limit", "cursor")));
    on("watchOrder", SIGNED_IN, new OrderEventsHandler(vertx, orders, watchers, config.heartbeat()));
    on("getOrderTimeline", ADMIN, Forward.to(orders, GET,
        ctx -> "/admin/orders/" + segment(ctx.pathParam("id")) + "/timeline"));
  }

  private void on(String operationId, Access access, Handler<RoutingContext> handler) {
    operations.put(operationId, new Op(access, false, handler));
  }

  /** Adds an admin-only operation whose handler lives in a route file of its own. */
  public EdgeRoutes admin(String operationId, Handler<RoutingContext> handler) {
    on(operationId, ADMIN, handler);
    return this;
  }

  /** Attaches the handler chain of every operation; fails when the contract and this table disagree. */
  public void mount(RouterBuilder builder, Buffer openApiDocument, RequestValidator validator) {
    this.document = openApiDocument;
    Authenticate authenticate = new Authenticate(verifier);
    Identify identify = new Identify(verifier, true);
    Identify identifyClient = new Identify(verifier, false);
    for (OpenAPIRoute route : builder.getRoutes()) {
      String id = route.getOperation().getOperationId();
      Op op = operations.get(id);
      if (op == null) {
        throw new IllegalStateException("no handler for operation " + id);
      }
      List<SecurityRequirement> security = route.getOperation().getSecurityRequirements();
      boolean optional = security.stream().anyMatch(SecurityRequirement::isEmpty);
      boolean secured = !security.isEmpty() && !optional;
      if (secured != op.access().needsToken() || optional != (op.access() == OPTIONAL_TOKEN)) {
        throw new IllegalStateException("operation " + id + " is " + op.access() + " but the contract says "
            + (secured ? "it needs a token" : optional ? "a token is optional" : "it needs none"));
      }
      route.setDoSecurity(false).setDoValidation(false);
      if (secured) {
        route.addHandler(authenticate).addHandler(new Authorize(op.access()));
      } else {
        route.addHandler(optional ? identify : identifyClient);
      }
      route.addHandler(op.strictLimit() ? limits.auth() : limits.api());
      route.addHandler(new Validate(validator, route.getOperation())).addHandler(op.handler());
    }
    if (operations.size() != builder.getRoutes().size()) {
      throw new IllegalStateException("handlers for operations the contract does not declare: " + operations.keySet());
    }
  }
}
