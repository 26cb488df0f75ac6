package org.bazaar.edge.http;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.platform.deadletters.DeadLetterAdmin;
import org.bazaar.platform.deadletters.DeadLetterFilter;
import org.bazaar.platform.http.HttpProblem;

/**
 * The operators' dead-letter routes ({@code /admin/dead-letters...}, admin only): list the dead-letter
 * topics, page through and show their records, and replay one record or every record matching a filter.
 * The edge answers them itself from Kafka through the platform's {@link DeadLetterAdmin}.
 */
public final class DeadLetterRoutes {

  private static final int DEFAULT_LIMIT = 20;

  private final DeadLetterAdmin admin;

  public DeadLetterRoutes(Vertx vertx, String kafkaBootstrapServers) {
    this.admin = new DeadLetterAdmin(vertx, kafkaBootstrapServers);
  }

  /** Adds the operations to the edge's table; the contract declares them. */
  public EdgeRoutes register(EdgeRoutes routes) {
    return routes
        .admin("listDeadLetterTopics", ctx -> answer(ctx, admin.topics().map(topics -> {
          JsonArray items = new JsonArray();
          topics.forEach(topic -> items.add(topic.toJson()));
          return new JsonObject().put("items", items);
        })))
        .admin("listDeadLetters", ctx -> answer(ctx, admin.list(ctx.pathParam("topic"), filter(ctx), limit(ctx),
            ctx.queryParams().get("cursor")).map(page -> page.toJson())))
        .admin("getDeadLetter", ctx -> answer(ctx, admin.get(ctx.pathParam("topic"), partition(ctx), offset(ctx))
            .map(record -> record.toJson())))
        .admin("replayDeadLetter", ctx -> answer(ctx, admin.replay(ctx.pathParam("topic"), partition(ctx),
            offset(ctx), Authorize.subject(ctx)).map(record -> record.toJson())))
        .admin("replayDeadLetters", replayAll());
  }

  public Future<Void> close() {
    return admin.close();
  }

  private Handler<RoutingContext> replayAll() {
    return ctx -> {
      Buffer sent = ctx.body().buffer();
      JsonObject body = sent == null || sent.length() == 0 ? new JsonObject() : sent.toJsonObject();
      DeadLetterFilter filter = new DeadLetterFilter(body.getString("originalTopic"), body.getString("type"),
          body.getString("reason"), null);
      answer(ctx, admin.replayAll(ctx.pathParam("topic"), filter, Authorize.subject(ctx)).map(s -> s.toJson()));
    };
  }

  private static DeadLetterFilter filter(RoutingContext ctx) {
    String replayed = ctx.queryParams().get("replayed");
    return new DeadLetterFilter(ctx.queryParams().get("originalTopic"), ctx.queryParams().get("type"),
        ctx.queryParams().get("reason"), replayed == null ? null : Boolean.valueOf(replayed));
  }

  private static int limit(RoutingContext ctx) {
    String limit = ctx.queryParams().get("limit");
    return limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit.trim());
  }

  private static int partition(RoutingContext ctx) {
    return Integer.parseInt(ctx.pathParam("partition"));
  }

  private static long offset(RoutingContext ctx) {
    return Long.parseLong(ctx.pathParam("offset"));
  }

  private static void answer(RoutingContext ctx, Future<JsonObject> answer) {
    answer.onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json").end(json.encode()))
        .onFailure(failure -> ctx.fail(failure instanceof HttpProblem ? failure
            : HttpProblem.unavailable("Dead letters cannot be read now; try again shortly.")));
  }
}
