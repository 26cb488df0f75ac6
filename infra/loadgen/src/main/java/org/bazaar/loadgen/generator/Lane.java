package org.bazaar.loadgen.generator;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/**
 * One event loop of the generator with its own HTTP connection pool. A step's rate is split evenly over the
 * lanes; everything a lane starts runs on its own thread, so its histograms need no locking.
 */
public final class Lane {

  private final Vertx vertx;
  private final Context context;
  private final HttpClient http;

  Lane(Vertx vertx, Context context, int maxConnections) {
    this.vertx = vertx;
    this.context = context;
    this.http = vertx.httpClientBuilder()
        .with(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true).setIdleTimeout(60))
        .with(new PoolOptions().setHttp1MaxSize(maxConnections))
        .build();
  }

  public Vertx vertx() {
    return vertx;
  }

  public HttpClient http() {
    return http;
  }

  Context context() {
    return context;
  }

  void close() {
    http.close();
  }
}
