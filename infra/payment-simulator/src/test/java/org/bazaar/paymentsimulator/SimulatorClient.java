package org.bazaar.paymentsimulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/** A real HTTP client of a running simulator, speaking its charge API the way payments does. */
final class SimulatorClient implements AutoCloseable {

  private final WebClient client;

  SimulatorClient(Vertx vertx, int port) {
    client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port),
        new PoolOptions().setHttp1MaxSize(32));
  }

  WebClient web() {
    return client;
  }

  /** Charges 12.99 EUR with the given key, token and reference. */
  Future<HttpResponse<Buffer>> charge(String key, String token, String reference) {
    return client.post("/charges").putHeader("Idempotency-Key", key).sendJsonObject(body(token, reference));
  }

  /** The body of a 12.99 EUR charge. */
  static JsonObject body(String token, String reference) {
    return new JsonObject()
        .put("amount", new JsonObject().put("amount", 1299).put("currency", "EUR"))
        .put("token", token)
        .put("reference", reference);
  }

  /** The charges made for a reference (every charge for null), via {@code GET /charges}. */
  List<Object> charges(String reference) {
    var request = client.get("/charges");
    if (reference != null) {
      request.addQueryParam("reference", reference);
    }
    HttpResponse<Buffer> response = request.send().await();
    assertThat(response.statusCode()).isEqualTo(200);
    return response.bodyAsJsonObject().getJsonArray("items").stream().toList();
  }

  @Override
  public void close() {
    client.close();
  }
}
