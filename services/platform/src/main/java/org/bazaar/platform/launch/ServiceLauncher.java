package org.bazaar.platform.launch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.metrics.Observability;

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

  public static Future<Running> start(String name, Env env, ServiceFactory factory) {
    PrometheusMeterRegistry registry = Observability.registry(name);
    Vertx vertx = Observability.vertx(registry);
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
   * close future would deliver its result to a loop that has just stopped, and never complete.
   */
  static Future<Void> closeOffContext(Vertx vertx) {
    Promise<Void> closed = Promise.promise();
    ForkJoinPool.commonPool().execute(() -> vertx.close().onComplete(closed));
    return closed.future();
  }

  public static void run(String name, ServiceFactory factory) {
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
