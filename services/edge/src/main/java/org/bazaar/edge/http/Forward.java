package org.bazaar.edge.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.function.Function;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.edge.PublicPaths;
import org.bazaar.edge.Roles;
import org.bazaar.edge.client.ServiceAnswer;
import org.bazaar.edge.client.ServiceClient;
import org.bazaar.edge.client.ServiceRequest;
import org.bazaar.platform.http.Caller;
import org.bazaar.platform.http.Problems;

/**
 * Passes one public operation to a service: only known headers go out (identity from the verified token,
 * never from the client), and the service's answer comes back with public {@code Location} and problem
 * {@code instance} values.
 */
public final class Forward implements Handler<RoutingContext> {

  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final ServiceClient client;
  private final HttpMethod method;
  private final Function<RoutingContext, String> path;
  private final String collection;

  private Forward(ServiceClient client, HttpMethod method, Function<RoutingContext, String> path, String collection) {
    this.client = client;
    this.method = method;
    this.path = path;
    this.collection = collection;
  }

  public static Forward to(ServiceClient client, HttpMethod method, Function<RoutingContext, String> path) {
    return new Forward(client, method, path, null);
  }

  /** Names a created resource {@code /api/v1<collection>/<id>} when the service sent no {@code Location}. */
  public Forward locating(String publicCollection) {
    return new Forward(client, method, path, publicCollection);
  }

  @Override
  public void handle(RoutingContext ctx) {
    send(ctx, request(ctx, method, path.apply(ctx)));
  }

  /** Sends this operation with another body than the client's (a JSON object), and answers the client. */
  public void handle(RoutingContext ctx, Buffer body) {
    send(ctx, request(ctx, method, path.apply(ctx), body));
  }

  private void send(RoutingContext ctx, ServiceRequest request) {
    client.send(request)
        .onSuccess(answer -> answer(ctx, answer))
        .onFailure(ctx::fail);
  }

  /** The request a service receives for this client request, with the client's body (none for GET). */
  static ServiceRequest request(RoutingContext ctx, HttpMethod method, String path) {
    Buffer body = method == HttpMethod.GET || ctx.body() == null ? null : ctx.body().buffer();
    return request(ctx, method, path, body);
  }

  /** The request a service receives for this client request, with the given body (null or empty: none). */
  static ServiceRequest request(RoutingContext ctx, HttpMethod method, String path, Buffer body) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap()
        .add(HttpHeaders.ACCEPT, "application/json")
        .add(EdgeHeaders.TRACEPARENT, EdgeHeaders.traceparent(ctx));
    String key = ctx.request().getHeader(IDEMPOTENCY_KEY);
    if (key != null) {
      headers.add(IDEMPOTENCY_KEY, key);
    }
    String subject = Authorize.subject(ctx);
    if (subject != null) {
      headers.add(Caller.USER_HEADER, subject).add(Caller.ROLES_HEADER, Roles.header(Authorize.roles(ctx)));
    }
    if (body == null || body.length() == 0) {
      return new ServiceRequest(method, path, headers, null);
    }
    headers.add(HttpHeaders.CONTENT_TYPE, "application/json");
    return new ServiceRequest(method, path, headers, body);
  }

  void answer(RoutingContext ctx, ServiceAnswer answer) {
    if (!answer.succeeded()) {
      problem(ctx, answer);
      return;
    }
    JsonObject json = answer.json();
    String location = PublicPaths.location(answer.headers().get(HttpHeaders.LOCATION));
    if (location == null && collection != null && json != null && json.getValue("id") instanceof String id) {
      location = PublicPaths.PREFIX + collection + "/" + PublicPaths.segment(id);
    }
    if (location != null) {
      ctx.response().putHeader(HttpHeaders.LOCATION, location);
    }
    if (answer.status() == 204) {
      ctx.response().setStatusCode(204).end();
      return;
    }
    String type = answer.headers().get(HttpHeaders.CONTENT_TYPE);
    ctx.response().setStatusCode(answer.status()).putHeader(HttpHeaders.CONTENT_TYPE,
        type == null ? "application/json" : type);
    ctx.response().end(answer.body() == null ? Buffer.buffer() : answer.body());
  }

  /** A service's client error, as problem+json naming the public path; a body that is no problem is replaced. */
  static void problem(RoutingContext ctx, ServiceAnswer answer) {
    JsonObject problem = answer.json();
    if (problem == null || !(problem.getValue("title") instanceof String)) {
      problem = Problems.body(Problems.forStatus(answer.status()), null);
    }
    if (!(problem.getValue("detail") instanceof String)) {
      problem.put("detail", "The request could not be completed.");
    }
    problem.put("status", answer.status()).put("instance", ctx.request().path());
    Problems.send(ctx, answer.status(), problem);
  }

  /** The named query parameters the client sent, encoded again for the service. */
  public static String query(RoutingContext ctx, String... names) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    for (String name : names) {
      for (String value : ctx.queryParam(name)) {
        query.add(encode(name) + "=" + encode(value));
      }
    }
    return query.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
