package org.bazaar.loadgen.scenario;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.core.parsetools.RecordParser;

/** Follows an order's status stream ({@code GET /api/v1/orders/{id}/events}) until CONFIRMED or CANCELLED. */
final class OrderStream {

  private OrderStream() {
  }

  static Future<String> terminalStatus(HttpClient http, Target target, String orderId, String token) {
    Promise<String> terminal = Promise.promise();
    var options = Http.request(target, HttpMethod.GET, "/api/v1/orders/" + orderId + "/events", token)
        .putHeader("Accept", "text/event-stream");
    http.request(options).compose(request -> request.send()).onFailure(terminal::tryFail).onSuccess(response -> {
      if (response.statusCode() != 200) {
        response.body().onComplete(ignored -> terminal.tryFail(
            new IllegalStateException("HTTP " + response.statusCode() + " from the order status stream")));
        return;
      }
      RecordParser lines = RecordParser.newDelimited("\n", line -> {
        String text = line.toString();
        if (text.startsWith("data:")) {
          String status = new JsonObject(text.substring(5).trim()).getString("status");
          if ("CONFIRMED".equals(status) || "CANCELLED".equals(status)) {
            terminal.tryComplete(status);
          }
        }
      });
      response.handler(lines);
      response.exceptionHandler(terminal::tryFail);
      response.endHandler(v -> terminal.tryFail(new IllegalStateException("status stream ended before a terminal status")));
    });
    return terminal.future();
  }
}
