package org.bazaar.edge;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bazaar.edge.EdgeHarness.assertProblem;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests that once ended as a 500 or as an empty answer: each is a problem+json 4xx now. */
class MalformedRequestsIT {

  private static EdgeHarness edge;

  @BeforeAll
  static void start() {
    edge = EdgeHarness.start();
    edge.service("catalog").answer(GET, "/products", 200, new JsonObject().put("items", new JsonArray()).putNull("next"));
  }

  @AfterAll
  static void stop() {
    edge.close();
  }

  @Test
  void aFormBodyOnAGet_isUnsupportedMediaType() {
    assertProblem(edge.request(GET, "/api/v1/products").putHeader("Content-Type", "application/x-www-form-urlencoded")
        .sendBuffer(Buffer.buffer("a=1")).await(), 415, "/api/v1/products");
    assertProblem(edge.request(GET, "/api/v1/products").putHeader("Content-Type", "multipart/form-data; boundary=x")
        .send().await(), 415, "/api/v1/products");
  }

  @Test
  void aJsonLookalikeContentType_isABadRequest() {
    for (String type : new String[] {"application/jsonx", "application/json-patch+json"}) {
      assertProblem(edge.request(POST, "/api/v1/sessions").putHeader("Content-Type", type)
          .sendBuffer(Buffer.buffer("{\"email\":\"a@example.com\",\"password\":\"x\"}")).await(), 400, "/api/v1/sessions");
    }
    assertThat(edge.service("identity").received()).isEmpty();
  }

  @Test
  void badPercentEncoding_inTheQueryOrThePath_isABadRequest() throws IOException {
    assertRawProblem(raw("GET /api/v1/products?limit=%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    assertRawProblem(raw("GET /api/v1/products%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
  }

  @Test
  void unreadableHttp_isAnsweredWithAProblem() throws IOException {
    assertRawProblem(raw("GET /api/v1/products HTTP/1.1\r\nHost: x\r\nX-Big: " + "h".repeat(9_000) + "\r\n\r\n"), 431);
    assertRawProblem(raw("GET /api/v1/products?q=" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
    assertRawProblem(raw("GET /api/v1/products HTTP/1.1\r\nHost: x\r\nBad Name: x\r\n\r\n"), 400);
  }

  /** The status line (HTTP/1.0 where the decoder gave up on the request) and a problem+json body. */
  private static void assertRawProblem(String answer, int status) {
    assertThat(answer).matches("(?s)HTTP/1\\.[01] " + status + " .*").contains("application/problem+json")
        .contains("\"status\":" + status);
  }

  /** Writes the bytes as they are and reads until the edge closes the connection. */
  private static String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", edge.port)) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
