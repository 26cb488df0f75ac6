package org.bazaar.platform.http;

import java.util.List;

/**
 * An error a handler wants the client to see, turned into {@code application/problem+json} (RFC 9457)
 * by {@link Problems#failureHandler()}.
 */
public final class HttpProblem extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final List<FieldError> errors;

  public HttpProblem(int status, String slug, String title, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static HttpProblem badRequest(String detail, List<FieldError> errors) {
    return new HttpProblem(400, "validation", "Invalid request", detail, errors);
  }

  public static HttpProblem badRequest(String detail) {
    return badRequest(detail, List.of());
  }

  public static HttpProblem unauthorized(String detail) {
    return new HttpProblem(401, "unauthorized", "Unauthorized", detail, List.of());
  }

  public static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, "forbidden", "Forbidden", detail, List.of());
  }

  public static HttpProblem notFound(String detail) {
    return new HttpProblem(404, "not-found", "Not found", detail, List.of());
  }

  public static HttpProblem conflict(String detail) {
    return new HttpProblem(409, "conflict", "Conflict", detail, List.of());
  }

  public static HttpProblem unprocessable(String detail) {
    return new HttpProblem(422, "unprocessable", "Unprocessable request", detail, List.of());
  }

  public static HttpProblem unavailable(String detail) {
    return new HttpProblem(503, "unavailable", "Service unavailable", detail, List.of());
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
