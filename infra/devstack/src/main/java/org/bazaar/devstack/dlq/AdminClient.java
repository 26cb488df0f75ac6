package org.bazaar.devstack.dlq;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/** Calls the edge's admin API as the devstack admin: signs in once, then sends JSON with the bearer token. */
final class AdminClient {

  /** An answer other than 2xx, with the problem's detail when the edge sent one. */
  static final class Failed extends RuntimeException {
    Failed(String message) {
      super(message, null, false, false);
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String email;
  private final String password;
  private String token;

  AdminClient(String edgeUrl, String email, String password) {
    this.base = edgeUrl.replaceAll("/+$", "") + "/api/v1";
    this.email = email;
    this.password = password;
  }

  JsonObject get(String path) {
    return send("GET", path, null);
  }

  JsonObject post(String path, JsonObject body) {
    return send("POST", path, body);
  }

  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonObject send(String method, String path, JsonObject body) {
    if (token == null) {
      token = call("POST", "/sessions", new JsonObject().put("email", email).put("password", password), null)
          .getString("accessToken");
    }
    return call(method, path, body, token);
  }

  private JsonObject call(String method, String path, JsonObject body, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.encode()));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new Failed("cannot reach the edge at " + base + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failed("interrupted");
    }
    JsonObject json = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      String detail = json.getString("detail", json.getString("title", response.body()));
      throw new Failed(method + " " + path + ": " + response.statusCode() + " " + detail);
    }
    return json;
  }

  private static JsonObject parse(String body) {
    try {
      return body == null || body.isBlank() ? new JsonObject() : new JsonObject(body);
    } catch (DecodeException e) {
      return new JsonObject().put("detail", body);
    }
  }
}
