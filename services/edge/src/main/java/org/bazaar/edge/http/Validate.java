package org.bazaar.edge.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.ext.web.openapi.router.RouterBuilder;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.ValidatorException;

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
    extractor.extractValidatableRequest(ctx, operation)
        .compose(request -> validator.validate(request, operation.getOperationId()))
        .onSuccess(validated -> {
          ctx.put(RouterBuilder.KEY_META_DATA_VALIDATED_REQUEST, validated);
          ctx.next();
        })
        .onFailure(failure -> ctx.fail(failure instanceof ValidatorException invalid
            ? ValidationErrors.problem(invalid, operation) : failure));
  }
}
