package org.bazaar.reviews.support;

import java.util.Map;
import java.util.UUID;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.bazaar.platform.config.Env;
import org.bazaar.platform.db.Databases;
import org.bazaar.platform.launch.ServiceLauncher;
import org.bazaar.platform.testing.TestEnv;
import org.bazaar.reviews.ReviewsVerticle;
import org.bazaar.reviews.config.ReviewsConfig;

/** A running reviews service on a fresh database, an HTTP client for it, and a view of its database. */
public final class ReviewsService implements AutoCloseable {

  private final ServiceLauncher.Running service;
  private final Vertx vertx = Vertx.vertx();
  private final WebClient client;
  private final Pool pool;

  private ReviewsService(Env env) {
    this.service = ServiceLauncher.start(ReviewsConfig.NAME, env, ReviewsVerticle::new).await();
    this.client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1")
        .setDefaultPort(TestEnv.httpPort(env)));
    this.pool = Databases.pool(vertx, ReviewsConfig.from(env).service().pg(), "reviews-test-reads");
  }

  public static ReviewsService start() {
    return new ReviewsService(TestEnv.forService(ReviewsConfig.NAME, Map.of()));
  }

  /** Posts a review as the given user (null: no user header at all). */
  public HttpResponse<Buffer> post(String productId, String userId, JsonObject body) {
    return post(productId, userId, body.encode());
  }

  public HttpResponse<Buffer> post(String productId, String userId, String body) {
    return postAsync(productId, userId, body).await();
  }

  /** Sends the post without waiting for the answer (tests of concurrent requests). */
  public Future<HttpResponse<Buffer>> postAsync(String productId, String userId, String body) {
    HttpRequest<Buffer> request = client.post("/products/" + productId + "/reviews")
        .putHeader("Content-Type", "application/json");
    if (userId != null) {
      request.putHeader("X-Bazaar-User-Id", userId).putHeader("X-Bazaar-User-Roles", "customer");
    }
    return request.sendBuffer(Buffer.buffer(body));
  }

  public HttpResponse<Buffer> summary(String productId) {
    return client.get("/products/" + productId + "/reviews/summary").send().await();
  }

  public static JsonObject review(int rating, String text) {
    return new JsonObject().put("rating", rating).put("text", text);
  }

  /** Whether the service has processed (and committed the effect of) the event with this id. */
  public boolean processed(String eventId) {
    return count("SELECT count(*) FROM inbox WHERE event_id = $1", eventId) > 0;
  }

  public long count(String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.from(params)).await().iterator().next().getLong(0);
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public void close() {
    client.close();
    pool.close().await();
    vertx.close().await();
    service.stop().await();
  }
}
