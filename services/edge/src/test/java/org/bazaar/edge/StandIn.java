package org.bazaar.edge;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.bazaar.platform.testing.TestEnv;

/** A small real HTTP server standing in for one service: answers as told and records every request it gets. */
final class StandIn {

  /** One request as the service received it. */
  record Received(HttpMethod method, String uri, MultiMap headers, Buffer body) {
    JsonObject json() {
      return body == null || body.length() == 0 ? null : body.toJsonObject();
    }
  }

  /** One canned answer. */
  record Answer(int status, MultiMap headers, String body) {
  }

  private final Vertx vertx;
  private final int port = TestEnv.freePort();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile boolean hanging;
  private volatile long delayMs;
  private volatile HttpServer server;

  StandIn(Vertx vertx) {
    this.vertx = vertx;
    answer(HttpMethod.GET, "/health/live", 200, new JsonObject().put("status", "UP"));
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  StandIn start() {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false));
    router.route().handler(this::handle);
    server = vertx.createHttpServer().requestHandler(router).listen(port, "127.0.0.1").await();
    return this;
  }

  void stop() {
    if (server != null) {
      server.close().await();
      server = null;
    }
  }

  StandIn answer(HttpMethod method, String path, int status, JsonObject body) {
    return answer(method, path, status, MultiMap.caseInsensitiveMultiMap(), body);
  }

  StandIn answer(HttpMethod method, String path, int status, MultiMap headers, JsonObject body) {
    answers.put(method.name() + " " + path, new Answer(status, headers, body == null ? null : body.encode()));
    return this;
  }

  /** From now on, accept requests and never answer them. */
  void hang() {
    hanging = true;
  }

  /** From now on, answer each request only after this delay. */
  void delay(long millis) {
    delayMs = millis;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  Received last(HttpMethod method, String path) {
    return received.stream().filter(r -> r.method() == method && r.uri().split("\\?")[0].equals(path))
        .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no " + method + " " + path));
  }

  private void handle(RoutingContext ctx) {
    received.add(new Received(ctx.request().method(), ctx.request().uri(),
        MultiMap.caseInsensitiveMultiMap().addAll(ctx.request().headers()), ctx.body().buffer()));
    if (hanging) {
      return;
    }
    if (delayMs > 0) {
      vertx.setTimer(delayMs, id -> respond(ctx));
    } else {
      respond(ctx);
    }
  }

  private void respond(RoutingContext ctx) {
    Answer answer = answers.get(ctx.request().method().name() + " " + ctx.request().path());
    if (answer == null) {
      ctx.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
          .end(new JsonObject().put("type", "https://bazaar.local/problems/not-found").put("title", "Not found")
              .put("status", 404).put("instance", ctx.request().path()).encode());
      return;
    }
    ctx.response().headers().addAll(answer.headers());
    ctx.response().setStatusCode(answer.status());
    if (answer.body() == null) {
      ctx.response().end();
    } else {
      if (!ctx.response().headers().contains("Content-Type")) {
        ctx.response().putHeader("Content-Type", answer.status() >= 400 ? "application/problem+json"
            : "application/json");
      }
      ctx.response().end(answer.body());
    }
  }
}
