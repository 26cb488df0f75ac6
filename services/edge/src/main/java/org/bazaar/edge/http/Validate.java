package org.bazaar.edge.http;

import java.util.Locale;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.ValidatorException;
import org.bazaar.platform.http.HttpProblem;

/**
 * Validates a request against its OpenAPI operation (parameters, headers, body) after authorization, so a
 * caller without the right role learns nothing about the body rules; failures become 400 with field errors.
 */
public final class Validate implements Handler<RoutingContext> {

  private final RequestValidator validator;
  private final Operation operation;
  private final RequestExtractor extractor = RequestExtractor.withBodyHandler();

  public Validate(RequestValidator validator, Operation operation) {
    this.validator = validator;
    this.operation = operation;
  }

  @Override
  public void handle(RoutingContext ctx) {
    String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
    if (contentType != null && !declares(operation, contentType)) {
      // the validator takes anything starting with application/json (or ending in +json) for application/json
      ctx.fail(HttpProblem.badRequest("The request body must be JSON (Content-Type: application/json)."));
      return;
    }
    extractor.extractValidatableRequest(ctx, operation)
        .compose(request -> validator.validate(request, operation.getOperationId()))
        .onSuccess(validated -> {
          ctx.put(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST, validated);
          ctx.next();
        })
        .onFailure(failure -> ctx.fail(failure instanceof ValidatorException invalid
            ? ValidationErrors.problem(invalid, operation) : failure));
  }

  /** Whether the operation takes a body of this media type (parameters such as charset aside); none takes none. */
  static boolean declares(Operation operation, String contentType) {
    if (operation.getRequestBody() == null) {
      return true;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return operation.getRequestBody().getContent().containsKey(mediaType);
  }
}
