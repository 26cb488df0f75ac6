package org.bazaar.edge;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

/** Reads a server-sent event stream over real HTTP, keeping each event's data and each comment line. */
final class SseClient implements AutoCloseable {

  final List<JsonObject> events = new CopyOnWriteArrayList<>();
  final List<String> comments = new CopyOnWriteArrayList<>();
  final int status;
  final MultiMap headers;
  private final StringBuilder pending = new StringBuilder();
  private final HttpClient http;
  private final HttpClientResponse response;
  private volatile boolean ended;
  private volatile String body = "";

  private SseClient(HttpClient http, HttpClientResponse response) {
    this.http = http;
    this.response = response;
    this.status = response.statusCode();
    this.headers = response.headers();
  }

  /** Opens the stream; returns once the answer's head arrived. */
  static SseClient open(Vertx vertx, int port, String path, String token) {
    HttpClient http = vertx.createHttpClient();
    RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost("127.0.0.1").setPort(port)
        .setURI(path).putHeader("Accept", "text/event-stream");
    if (token != null) {
      options.putHeader("Authorization", "Bearer " + token);
    }
    return http.request(options).compose(request -> request.send()).compose(response -> {
      SseClient client = new SseClient(http, response);
      response.handler(chunk -> client.read(chunk.toString()));
      response.endHandler(v -> client.ended = true);
      response.exceptionHandler(e -> client.ended = true);
      return Future.succeededFuture(client);
    }).await();
  }

  private synchronized void read(String chunk) {
    body += chunk;
    pending.append(chunk);
    int end;
    while ((end = pending.indexOf("\n\n")) >= 0) {
      String frame = pending.substring(0, end);
      pending.delete(0, end + 2);
      for (String line : frame.split("\n")) {
        if (line.startsWith("data:")) {
          events.add(new JsonObject(line.substring(5).trim()));
        } else if (line.startsWith(":")) {
          comments.add(line.substring(1).trim());
        }
      }
    }
  }

  boolean ended() {
    return ended;
  }

  String body() {
    return body;
  }

  List<String> statuses() {
    return events.stream().map(e -> e.getString("status")).toList();
  }

  @Override
  public void close() {
    http.close().await();
  }
}
