package org.bazaar.loadgen.reference;

import io.vertx.core.Vertx;

/** The bare Vert.x HTTP server the shop is compared with: one event loop per core, "Hello, World!" to anything. */
public final class HelloWorldServer {

  private HelloWorldServer() {
  }

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Vertx vertx = Vertx.vertx();
    int instances = Runtime.getRuntime().availableProcessors();
    vertx.deployVerticle(HelloWorldVerticle.supplier(port), new io.vertx.core.DeploymentOptions().setInstances(instances))
        .await();
    System.out.println("hello world listening on " + port);
  }
}
