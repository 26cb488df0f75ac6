package org.bazaar.paymentsimulator;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.paymentsimulator.config.SimulatorConfig;

/** Runs the payment simulator alone, configured from {@code BAZAAR_SIMULATOR_*} variables. */
public final class PaymentSimulatorMain {

  private static final Logger LOG = LogManager.getLogger(PaymentSimulatorMain.class);

  private PaymentSimulatorMain() {
  }

  public static void main(String[] args) {
    SimulatorConfig config;
    try {
      config = SimulatorConfig.from(System.getenv());
    } catch (IllegalArgumentException e) {
      LOG.error("payment simulator cannot start: {}", e.getMessage());
      System.exit(1);
      return;
    }
    Vertx vertx = Vertx.vertx();
    CountDownLatch started = new CountDownLatch(1);
    PaymentSimulator[] running = new PaymentSimulator[1];
    PaymentSimulator.start(vertx, config).onComplete(result -> {
      if (result.failed()) {
        LOG.error("payment simulator failed to start: {}", result.cause().getMessage(), result.cause());
        System.exit(1);
      }
      running[0] = result.result();
      started.countDown();
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        if (started.await(10, TimeUnit.SECONDS)) {
          CountDownLatch closed = new CountDownLatch(1);
          running[0].close().onComplete(done -> closed.countDown());
          closed.await(10, TimeUnit.SECONDS);
          CountDownLatch stopped = new CountDownLatch(1);
          vertx.close().onComplete(done -> stopped.countDown());
          stopped.await(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "payment-simulator-shutdown"));
  }
}
