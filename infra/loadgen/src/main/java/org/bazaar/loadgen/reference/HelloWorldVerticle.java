package org.bazaar.loadgen.reference;

import java.util.function.Supplier;

import io.vertx.core.Deployable;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;

/** Answers every request with a fixed plain-text body. */
final class HelloWorldVerticle extends VerticleBase {

  private static final Buffer BODY = Buffer.buffer("Hello, World!");

  private final int port;

  private HelloWorldVerticle(int port) {
    this.port = port;
  }

  static Supplier<Deployable> supplier(int port) {
    return () -> new HelloWorldVerticle(port);
  }

  @Override
  public Future<?> start() {
    return vertx.createHttpServer()
        .requestHandler(request -> request.response().putHeader("Content-Type", "text/plain").end(BODY))
        .listen(port, "127.0.0.1");
  }
}
