package org.bazaar.loadgen.scenario;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

/** The requests of the hot path, on a lane's own HTTP client: any status but the expected one fails the future. */
public final class Http {

  private Http() {
  }

  public static RequestOptions request(Target target, HttpMethod method, String uri, String token) {
    RequestOptions options = new RequestOptions().setMethod(method).setHost(target.host()).setPort(target.port())
        .setURI(uri);
    if (token != null) {
      options.putHeader("Authorization", "Bearer " + token);
    }
    return options;
  }

  public static Future<Buffer> send(HttpClient http, RequestOptions options, JsonObject body, int expected) {
    if (body != null) {
      options.putHeader("Content-Type", "application/json");
    }
    return http.request(options)
        .compose(request -> body == null ? request.send() : request.send(body.toBuffer()))
        .compose(response -> response.body().compose(content -> response.statusCode() == expected
            ? Future.succeededFuture(content)
            : Future.failedFuture(new UnexpectedStatus(options.getMethod() + " " + options.getURI(),
                response.statusCode()))));
  }

  /** A response with another status than the one expected; the message keeps the status, not the body. */
  public static final class UnexpectedStatus extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnexpectedStatus(String call, int status) {
      super("HTTP " + status + " from " + call.replaceAll("[0-9a-f-]{36}", "{id}"), null, false, false);
    }
  }
}
