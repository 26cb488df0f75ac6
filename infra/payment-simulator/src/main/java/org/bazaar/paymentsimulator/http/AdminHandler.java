package org.bazaar.paymentsimulator.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.paymentsimulator.AttemptLog;
import org.bazaar.paymentsimulator.FaultMode;
import org.bazaar.paymentsimulator.FaultSwitch;

/** The test-control paths under {@code /admin}: the fault mode, and the log of charge attempts. */
final class AdminHandler {

  private static final Logger LOG = LogManager.getLogger(AdminHandler.class);

  private final FaultSwitch faults;
  private final AttemptLog attempts;

  AdminHandler(FaultSwitch faults, AttemptLog attempts) {
    this.faults = faults;
    this.attempts = attempts;
  }

  void mode(RoutingContext ctx) {
    SimulatorRoutes.json(ctx, 200, modeJson());
  }

  void setMode(RoutingContext ctx) {
    Buffer body = ctx.body().buffer();
    FaultMode mode;
    try {
      if (body == null || body.length() == 0) {
        throw new DecodeException("no body");
      }
      mode = FaultMode.fromJson(new JsonObject(body));
    } catch (DecodeException | ClassCastException e) {
      invalid(ctx, "body", "must be a JSON object");
      return;
    } catch (FaultMode.Invalid e) {
      invalid(ctx, e.field(), e.reason());
      return;
    }
    faults.set(mode);
    LOG.warn("fault mode set to {}", mode.toJson().encode());
    SimulatorRoutes.json(ctx, 200, modeJson());
  }

  void charges(RoutingContext ctx) {
    JsonArray items = new JsonArray();
    attempts.attempts(ctx.queryParams().get("orderId"), ctx.queryParams().get("idempotencyKey"))
        .forEach(attempt -> items.add(attempt.toJson()));
    SimulatorRoutes.json(ctx, 200, new JsonObject().put("items", items));
  }

  void summary(RoutingContext ctx) {
    SimulatorRoutes.json(ctx, 200, attempts.summary().toJson());
  }

  private JsonObject modeJson() {
    return faults.mode().toJson().put("since", faults.since().toString());
  }

  private static void invalid(RoutingContext ctx, String field, String message) {
    Problem.send(ctx, 400, "invalid_request", "Invalid request", "The fault mode is invalid.",
        new JsonArray().add(Problem.fieldError(field, message)));
  }
}
