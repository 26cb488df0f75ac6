package org.bazaar.identity;

import org.bazaar.platform.config.Env;
import org.bazaar.platform.launch.ServiceLauncher;

/** Starts and stops identity for a test, each step awaited. */
final class Services {

  private Services() {
  }

  static ServiceLauncher.Running start(Env env) {
    return ServiceLauncher.start("identity", env, IdentityVerticle::new).await();
  }

  /**
   * Undeploys, then closes Vert.x, as two awaited steps: {@code Running.stop()} chains the close onto the
   * service's own context, so its future never completes once that context is gone.
   */
  static void stop(ServiceLauncher.Running service) {
    service.vertx().undeploy(service.deploymentId()).await();
    service.vertx().close().await();
  }
}
