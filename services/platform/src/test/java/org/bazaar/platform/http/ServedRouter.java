package org.bazaar.platform.http;

import java.util.function.Consumer;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.handler.BodyHandler;

/** Test routes on a free port, behind a body handler and the problem+json failure handler as in a service. */
final class ServedRouter {

  private final WebClient client;
  private final int port;

  private ServedRouter(WebClient client, int port) {
    this.client = client;
    this.port = port;
  }

  static Future<ServedRouter> serve(Vertx vertx, Consumer<Router> routes) {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false));
    routes.accept(router);
    router.route().failureHandler(Problems.failureHandler());
    return vertx.createHttpServer().requestHandler(router).listen(0)
        .map(HttpServer::actualPort)
        .map(port -> new ServedRouter(WebClient.create(vertx), port));
  }

  HttpRequest<Buffer> get(String path) {
    return client.get(port, "127.0.0.1", path);
  }

  HttpRequest<Buffer> post(String path) {
    return client.post(port, "127.0.0.1", path);
  }
}
