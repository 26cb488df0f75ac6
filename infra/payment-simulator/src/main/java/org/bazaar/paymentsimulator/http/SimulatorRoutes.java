package org.bazaar.paymentsimulator.http;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.bazaar.paymentsimulator.AttemptLog;
import org.bazaar.paymentsimulator.ChargeLedger;
import org.bazaar.paymentsimulator.FaultSwitch;
import org.bazaar.paymentsimulator.config.SimulatorConfig;

/** Every route of the simulator, in one place. */
public final class SimulatorRoutes {

  static final int BODY_LIMIT_BYTES = 16 * 1024;

  private final ChargeLedger ledger;
  private final ChargeHandler charges;
  private final AdminHandler admin;

  public SimulatorRoutes(Vertx vertx, ChargeLedger ledger, SimulatorConfig config, FaultSwitch faults,
      AttemptLog attempts) {
    this.ledger = ledger;
    this.charges = new ChargeHandler(vertx, ledger, config, faults, attempts);
    this.admin = new AdminHandler(faults, attempts);
  }

  public Router router(Vertx vertx) {
    Router router = Router.router(vertx);
    router.get("/health/live").handler(ctx -> json(ctx, 200, new JsonObject().put("status", "UP")));
    router.get("/health/ready").handler(ctx -> json(ctx, 200, new JsonObject().put("status", "UP")));
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
    router.post("/charges").handler(charges::handle);
    router.get("/charges").handler(this::list);
    router.get("/admin/mode").handler(admin::mode);
    router.put("/admin/mode").handler(admin::setMode);
    router.get("/admin/charges").handler(admin::charges);
    router.get("/admin/charges/summary").handler(admin::summary);
    router.route().last().handler(ctx -> ctx.fail(404));
    router.route().failureHandler(Problem::failure);
    return router;
  }

  /** Stops answering pending slow requests. */
  public void close() {
    charges.close();
  }

  private void list(RoutingContext ctx) {
    String reference = ctx.queryParams().get("reference");
    JsonArray items = new JsonArray();
    ledger.charges(reference).forEach(charge -> items.add(ChargeJson.charge(charge)));
    json(ctx, 200, new JsonObject().put("items", items));
  }

  static void json(RoutingContext ctx, int status, JsonObject body) {
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }
}
