package org.bazaar.devstack.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends fuzz requests to the edge: well-formed ones with the JDK HTTP client (HTTP/1.1), raw ones over a
 * socket, reading the first final answer's status, content type and body.
 */
final class FuzzSender implements AutoCloseable {

  /** What came back: a status (0 when nothing did), and why not. */
  record Answer(int status, String contentType, String body, String wwwAuthenticate, String error) {
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private final String host;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService sockets = Executors.newFixedThreadPool(4);

  FuzzSender(URI edge) {
    this.host = edge.getHost();
    this.port = edge.getPort();
  }

  CompletableFuture<Answer> send(FuzzRequest request) {
    if (request.raw() != null) {
      return CompletableFuture.supplyAsync(() -> raw(request.raw()), sockets);
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + request.target()))
        .timeout(TIMEOUT).method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (String[] header : request.headers()) {
      builder.header(header[0], header[1]);
    }
    return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
        .thenApply(response -> new Answer(response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(null), response.body(),
            response.headers().firstValue("WWW-Authenticate").orElse(null), null))
        .exceptionally(failure -> new Answer(0, null, null, null, failure.toString()));
  }

  private Answer raw(byte[] bytes) {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(2_000);
      try {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // the edge may answer and close before taking everything; read what it said
      }
      InputStream in = socket.getInputStream();
      byte[] chunk = new byte[8192];
      try {
        for (int n; !complete(received) && (n = in.read(chunk)) > 0; ) {
          received.write(chunk, 0, n);
        }
      } catch (SocketTimeoutException | java.net.SocketException e) {
        // a kept-alive connection or a reset after the answer: what arrived is enough
      }
    } catch (IOException e) {
      return new Answer(0, null, null, null, e.toString());
    }
    return parse(received.toString(StandardCharsets.ISO_8859_1));
  }

  /** Whether a final answer with a {@code Content-Length} has fully arrived (else read until the edge closes). */
  private static boolean complete(ByteArrayOutputStream received) {
    String text = received.toString(StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0 || text.startsWith("HTTP/1.1 1")) {
      return false;
    }
    java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
        .matcher(text.substring(0, end));
    return length.find() && text.length() - end - 4 >= Integer.parseInt(length.group(1));
  }

  /** The first final (non-1xx) answer in what the socket received. */
  private static Answer parse(String text) {
    int start = 0;
    while (true) {
      int end = text.indexOf("\r\n\r\n", start);
      if (end < 0 || !text.startsWith("HTTP/", start)) {
        return new Answer(0, null, null, null, text.isEmpty() ? "connection closed without an answer"
            : "unreadable answer: " + text.substring(start, Math.min(text.length(), start + 80)));
      }
      String[] lines = text.substring(start, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      if (status >= 200) {
        String type = null;
        String challenge = null;
        for (String line : lines) {
          String lower = line.toLowerCase();
          if (lower.startsWith("content-type:")) {
            type = line.substring(13).trim();
          } else if (lower.startsWith("www-authenticate:")) {
            challenge = line.substring(17).trim();
          }
        }
        return new Answer(status, type, text.substring(end + 4), challenge, null);
      }
      start = end + 4;
    }
  }

  @Override
  public void close() {
    sockets.shutdownNow();
  }
}
