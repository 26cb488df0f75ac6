package org.bazaar.edge.http;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.bazaar.platform.http.HttpProblem;

/**
 * Refuses, ahead of the body handler, requests that would otherwise end as a 500: a query string that is not
 * valid percent-encoding (400), and a form body on a method Vert.x cannot decode forms for (415; the API only
 * takes JSON anyway).
 */
final class MalformedRequests implements Handler<RoutingContext> {

  private static final Set<HttpMethod> FORM_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
      HttpMethod.DELETE);

  @Override
  public void handle(RoutingContext ctx) {
    try {
      ctx.request().params();
    } catch (IllegalArgumentException e) {
      ctx.fail(HttpProblem.badRequest("The query string is not valid percent-encoding."));
      return;
    }
    if (isForm(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE)) && !FORM_METHODS.contains(ctx.request().method())) {
      ctx.fail(new HttpProblem(415, "unsupported-media-type", "Unsupported media type", "Send application/json.",
          List.of()));
      return;
    }
    ctx.next();
  }

  static boolean isForm(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
    return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
  }
}
