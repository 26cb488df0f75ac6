package org.bazaar.paymentsimulator;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.paymentsimulator.config.SimulatorConfig;
import org.bazaar.paymentsimulator.http.SimulatorRoutes;

/**
 * A running payment simulator: an HTTP server standing in for the external payment provider, with its charges
 * kept in memory. The devstack and tests embed it with {@link #start}; {@link PaymentSimulatorMain} runs it alone.
 */
public final class PaymentSimulator {

  private static final Logger LOG = LogManager.getLogger(PaymentSimulator.class);

  private final HttpServer server;
  private final SimulatorRoutes routes;
  private final ChargeLedger ledger;
  private final FaultSwitch faults;
  private final AttemptLog attempts;

  private PaymentSimulator(HttpServer server, SimulatorRoutes routes, ChargeLedger ledger, FaultSwitch faults,
      AttemptLog attempts) {
    this.server = server;
    this.routes = routes;
    this.ledger = ledger;
    this.faults = faults;
    this.attempts = attempts;
  }

  /** Starts listening on {@code config.port()} (0 picks a free port, see {@link #port()}). */
  public static Future<PaymentSimulator> start(Vertx vertx, SimulatorConfig config) {
    ChargeLedger ledger = new ChargeLedger();
    FaultSwitch faults = new FaultSwitch();
    AttemptLog attempts = new AttemptLog();
    SimulatorRoutes routes = new SimulatorRoutes(vertx, ledger, config, faults, attempts);
    return vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port()))
        .requestHandler(routes.router(vertx))
        .listen()
        .map(server -> {
          LOG.info("payment simulator listening on {}:{} (slow delay {} ms, flaky failures {})", config.host(),
              server.actualPort(), config.slowDelay().toMillis(), config.flakyFailures());
          return new PaymentSimulator(server, routes, ledger, faults, attempts);
        });
  }

  public int port() {
    return server.actualPort();
  }

  /** The charges made so far (for embedding tests; over HTTP use {@code GET /charges}). */
  public ChargeLedger ledger() {
    return ledger;
  }

  /** The fault mode in force (over HTTP: {@code GET/PUT /admin/mode}). */
  public FaultSwitch faults() {
    return faults;
  }

  /** Every charge attempt answered so far (over HTTP: {@code GET /admin/charges}). */
  public AttemptLog attempts() {
    return attempts;
  }

  /** Stops listening; pending slow answers are dropped and every charge is forgotten. */
  public Future<Void> close() {
    routes.close();
    return server.close();
  }
}
