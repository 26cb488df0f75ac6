package org.bazaar.edge.http;

import java.util.List;

import io.netty.handler.codec.TooLongFrameException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import org.bazaar.platform.http.HttpProblem;
import org.bazaar.platform.http.Problems;

/**
 * Answers requests the HTTP decoder could not read (a request line or headers too long, broken syntax) with
 * problem+json like every other error, where Vert.x would send an empty answer or just close; the connection
 * is closed afterwards, as the stream cannot be trusted.
 */
public final class InvalidRequests implements Handler<HttpServerRequest> {

  @Override
  public void handle(HttpServerRequest request) {
    HttpProblem problem = problemFor(request.decoderResult() == null ? null : request.decoderResult().cause());
    request.response().setStatusCode(problem.status())
        .putHeader("Content-Type", Problems.CONTENT_TYPE)
        .putHeader("Connection", "close")
        .end(Problems.body(problem, null).encode());
  }

  /** The problem for what the decoder reported (Netty's messages are the only way to tell line from headers). */
  static HttpProblem problemFor(Throwable cause) {
    String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof TooLongFrameException && message.startsWith("An HTTP line is larger than")) {
      return new HttpProblem(414, "uri-too-long", "URI too long", "The request line is too long.", List.of());
    }
    if (cause instanceof TooLongFrameException && message.startsWith("HTTP header is larger than")) {
      return new HttpProblem(431, "headers-too-large", "Request header fields too large",
          "The request's headers are too large.", List.of());
    }
    return HttpProblem.badRequest("The request is not valid HTTP.");
  }
}
