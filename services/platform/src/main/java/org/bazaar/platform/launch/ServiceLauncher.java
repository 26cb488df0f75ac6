package org.bazaar.platform.launch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.logging.TraceLogging;
import org.bazaar.platform.metrics.Observability;
import org.bazaar.platform.tracing.Telemetry;
import org.bazaar.platform.tracing.TelemetrySettings;

/**
 * Starts one service in its own Vert.x instance. {@link #run} is a service's {@code main}: it exits with a
 * clear message if the service cannot start, and stops gracefully on SIGTERM.
 */
public final class ServiceLauncher {

  private static final Logger LOG = LogManager.getLogger(ServiceLauncher.class);

  private ServiceLauncher() {
  }

  /** A service running in this process; {@link #stop()} undeploys it and closes its Vert.x instance. */
  public record Running(String name, Vertx vertx, String deploymentId) {
    public Future<Void> stop() {
      // a promise outside any context: completing it must not need the Vert.x instance being closed
      Promise<Void> stopped = Promise.promise();
      vertx.undeploy(deploymentId).onComplete(undeployed -> closeOffContext(vertx).onComplete(closed -> {
        if (undeployed.failed()) {
          stopped.fail(undeployed.cause());
        } else if (closed.failed()) {
          stopped.fail(closed.cause());
        } else {
          stopped.complete();
        }
      }));
      return stopped.future();
    }
  }

  /** Starts a service whose spans go where its environment says ({@link TelemetrySettings}). */
  public static Future<Running> start(String name, Env env, ServiceFactory factory) {
    Telemetry telemetry;
    try {
      telemetry = Telemetry.create(name, TelemetrySettings.from(env));
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return start(name, env, factory, telemetry);
  }

  /** Starts a service whose spans go to {@code spans}, an exporter the caller owns (tests, the devstack). */
  public static Future<Running> start(String name, Env env, ServiceFactory factory, SpanExporter spans) {
    Telemetry telemetry;
    try {
      telemetry = Telemetry.exportingTo(name, TelemetrySettings.from(env), spans);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return start(name, env, factory, telemetry);
  }

  private static Future<Running> start(String name, Env env, ServiceFactory factory, Telemetry telemetry) {
    PrometheusMeterRegistry registry = Observability.registry(name);
    Vertx vertx = Observability.vertx(registry, telemetry);
    Promise<Running> started = Promise.promise();
    io.vertx.core.Deployable verticle;
    try {
      verticle = factory.create(env, registry);
    } catch (RuntimeException e) {
      closeOffContext(vertx).onComplete(closed -> started.fail(e));
      return started.future();
    }
    vertx.deployVerticle(verticle).onComplete(deployed -> {
      if (deployed.succeeded()) {
        started.complete(new Running(name, vertx, deployed.result()));
      } else {
        // complete outside the instance being closed, or the failure would never be delivered
        closeOffContext(vertx).onComplete(closed -> started.fail(deployed.cause()));
      }
    });
    return started.future();
  }

  /**
   * Closes a Vert.x instance from a thread of none of its contexts: called from its own event loop, the
   * close future would deliver its result to a loop that has just stopped, and never complete. Then ends
   * its telemetry, sending the spans still buffered.
   */
  static Future<Void> closeOffContext(Vertx vertx) {
    Promise<Void> closed = Promise.promise();
    ForkJoinPool.commonPool().execute(() -> vertx.close().onComplete(result ->
        ForkJoinPool.commonPool().execute(() -> {
          Telemetry.of(vertx).close();
          closed.handle(result);
        })));
    return closed.future();
  }

  public static void run(String name, ServiceFactory factory) {
    TraceLogging.processService(name);
    CountDownLatch started = new CountDownLatch(1);
    Running[] running = new Running[1];
    start(name, Env.system(), factory).onComplete(result -> {
      if (result.failed()) {
        LOG.error("{} failed to start: {}", name, result.cause().getMessage(), result.cause());
        System.exit(1);
      }
      running[0] = result.result();
      LOG.info("{} started", name);
      started.countDown();
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        if (started.await(30, TimeUnit.SECONDS) && running[0] != null) {
          LOG.info("{} stopping", name);
          CountDownLatch stopped = new CountDownLatch(1);
          running[0].stop().onComplete(done -> stopped.countDown());
          stopped.await(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name + "-shutdown"));
  }
}
