package org.bazaar.edge.http;

import java.util.List;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.platform.events.TraceContext;

/**
 * Runs first on every request: drops client-sent {@code X-Bazaar-*} headers (only the edge may set them),
 * continues or starts the W3C trace and echoes it, and adds the security headers to every answer: no
 * sniffing, no framing, no referrer, a content security policy that allows nothing (the edge serves data,
 * never pages), and {@code Strict-Transport-Security} when configured.
 */
public final class EdgeHeaders implements Handler<RoutingContext> {

  public static final String TRACEPARENT = "traceparent";
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
  static final String HSTS = "max-age=31536000; includeSubDomains";
  private static final String INTERNAL_PREFIX = "x-bazaar-";

  private final boolean hsts;

  public EdgeHeaders(boolean hsts) {
    this.hsts = hsts;
  }

  @Override
  public void handle(RoutingContext ctx) {
    List<String> internal = ctx.request().headers().names().stream()
        .filter(name -> name.toLowerCase().startsWith(INTERNAL_PREFIX)).toList();
    internal.forEach(ctx.request().headers()::remove);
    String traceparent = TraceContext.childOf(ctx.request().getHeader(TRACEPARENT));
    ctx.put(TRACEPARENT, traceparent);
    boolean authenticated = ctx.request().headers().contains(HttpHeaders.AUTHORIZATION);
    ctx.addHeadersEndHandler(v -> {
      HttpServerResponse response = ctx.response();
      response.headers().remove("Server");
      response.putHeader(TRACEPARENT, traceparent);
      response.putHeader("X-Content-Type-Options", "nosniff");
      response.putHeader("X-Frame-Options", "DENY");
      response.putHeader("Referrer-Policy", "no-referrer");
      response.putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      if (hsts) {
        response.putHeader("Strict-Transport-Security", HSTS);
      }
      if (authenticated || ctx.user() != null) {
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      }
    });
    ctx.next();
  }

  /** The traceparent this request carries to the services. */
  public static String traceparent(RoutingContext ctx) {
    String value = ctx.get(TRACEPARENT);
    return value != null ? value : TraceContext.childOf(null);
  }
}
