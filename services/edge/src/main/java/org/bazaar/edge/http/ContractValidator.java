package org.bazaar.edge.http;

import static io.vertx.openapi.contract.Style.FORM;
import static io.vertx.openapi.contract.Style.LABEL;
import static io.vertx.openapi.contract.Style.MATRIX;
import static io.vertx.openapi.contract.Style.SIMPLE;
import static io.vertx.openapi.validation.ValidationContext.REQUEST;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.json.schema.JsonSchemaValidationException;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.RequestBody;
import io.vertx.openapi.contract.Style;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableRequest;
import io.vertx.openapi.validation.ValidatedRequest;
import io.vertx.openapi.validation.ValidatorErrorType;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.openapi.validation.analyser.ContentAnalyser;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatedRequestImpl;
import io.vertx.openapi.validation.transformer.FormTransformer;
import io.vertx.openapi.validation.transformer.LabelTransformer;
import io.vertx.openapi.validation.transformer.MatrixTransformer;
import io.vertx.openapi.validation.transformer.ParameterTransformer;
import io.vertx.openapi.validation.transformer.SimpleTransformer;

/**
 * Checks requests against the OpenAPI contract with the same rules and errors as the library's validator, but
 * with every schema validator made once, when the edge starts, and on the event loop that received the request.
 * The library's validator makes a fresh one per parameter and body on every request (each copying the whole
 * contract's schema map) on a worker thread: an eighth of the edge's CPU on product pages, and two thread hops.
 * A body larger than {@link #INLINE_BODY_BYTES} (possible when {@code BAZAAR_EDGE_BODY_LIMIT} is raised) is still
 * checked on a worker thread, so that parsing it cannot hold up the event loop.
 *
 * <p>A {@code string} parameter in the simple or form style is its raw text: the library first reads it as JSON,
 * so a search for {@code 1.5} or {@code null} became a number or null and failed its {@code string} schema.
 */
public final class ContractValidator implements RequestValidator {

  private static final Map<Style, ParameterTransformer> TRANSFORMERS = Map.of(SIMPLE, new SimpleTransformer(),
      LABEL, new LabelTransformer(), MATRIX, new MatrixTransformer(), FORM, new FormTransformer());

  /** The default body limit: bodies up to this size are checked on the event loop. */
  static final int INLINE_BODY_BYTES = 64 * 1024;

  private final Vertx vertx;
  private final OpenAPIContract contract;
  private final SchemaRepository schemas;
  private final Map<Parameter, Validator> parameters = new IdentityHashMap<>();
  private final Map<MediaType, Validator> bodies = new IdentityHashMap<>();

  public ContractValidator(Vertx vertx, OpenAPIContract contract) {
    this.vertx = vertx;
    this.contract = contract;
    this.schemas = contract.getSchemaRepository();
    for (Operation operation : contract.operations()) {
      for (Parameter parameter : operation.getParameters()) {
        parameters.put(parameter, schemas.validator(parameter.getSchema()));
      }
      RequestBody body = operation.getRequestBody();
      if (body != null) {
        body.getContent().values().stream().filter(type -> type.getSchema() != null)
            .forEach(type -> bodies.put(type, schemas.validator(type.getSchema())));
      }
    }
  }

  @Override
  public Future<ValidatedRequest> validate(HttpServerRequest request) {
    Operation operation = contract.findOperation(request.path(), request.method());
    if (operation == null) {
      return Future.failedFuture(ValidatorException.createOperationNotFound(request.method(), request.path()));
    }
    return validate(request, operation.getOperationId());
  }

  @Override
  public Future<ValidatedRequest> validate(HttpServerRequest request, String operationId) {
    Operation operation = contract.operation(operationId);
    if (operation == null) {
      return Future.failedFuture(ValidatorException.createOperationIdInvalid(operationId));
    }
    return ValidatableRequest.of(request, operation).compose(validatable -> validate(validatable, operationId));
  }

  @Override
  public Future<ValidatedRequest> validate(ValidatableRequest request, String operationId) {
    Operation operation = contract.operation(operationId);
    if (operation == null) {
      return Future.failedFuture(ValidatorException.createOperationIdInvalid(operationId));
    }
    if (bodyBytes(request) > INLINE_BODY_BYTES) {
      return vertx.executeBlocking(() -> validated(request, operation), false);
    }
    try {
      return Future.succeededFuture(validated(request, operation));
    } catch (RuntimeException invalid) {
      return Future.failedFuture(invalid);
    }
  }

  private static int bodyBytes(ValidatableRequest request) {
    RequestParameter body = request.getBody();
    return body == null || body.isNull() || !(body.get() instanceof Buffer buffer) ? 0 : buffer.length();
  }

  private ValidatedRequest validated(ValidatableRequest request, Operation operation) {
    Map<String, RequestParameter> cookies = new HashMap<>();
    Map<String, RequestParameter> headers = new HashMap<>();
    Map<String, RequestParameter> path = new HashMap<>();
    Map<String, RequestParameter> query = new HashMap<>();
    for (Parameter parameter : operation.getParameters()) {
      String name = parameter.getName();
      switch (parameter.getIn()) {
        case COOKIE -> cookies.put(name, parameter(parameter, request.getCookies().get(name)));
        case HEADER -> headers.put(name, parameter(parameter, request.getHeaders().get(name)));
        case PATH -> path.put(name, parameter(parameter, request.getPathParameters().get(name)));
        case QUERY -> query.put(name, parameter(parameter, request.getQuery().get(name)));
      }
    }
    return new ValidatedRequestImpl(cookies, headers, path, query, body(operation.getRequestBody(), request));
  }

  private RequestParameter parameter(Parameter parameter, RequestParameter value) {
    if (value == null || value.isNull()) {
      if (parameter.isRequired()) {
        throw ValidatorException.createMissingRequiredParameter(parameter);
      }
      return new RequestParameterImpl(null);
    }
    ParameterTransformer transformer = TRANSFORMERS.get(parameter.getStyle());
    if (transformer == null) {
      throw ValidatorException.createUnsupportedValueFormat(parameter);
    }
    String raw = String.valueOf(value.get());
    boolean plainText = parameter.getSchemaType() == SchemaType.STRING
        && (parameter.getStyle() == SIMPLE || parameter.getStyle() == FORM);
    Object transformed = plainText ? raw : transformer.transform(parameter, raw);
    return checked(validatorOf(parameter), transformed,
        (result, e) -> SchemaValidationException.createErrorFromOutputUnitType(parameter, result, e));
  }

  private RequestParameter body(RequestBody declared, ValidatableRequest request) {
    if (declared == null) {
      return new RequestParameterImpl(null);
    }
    if (request.getBody() == null || request.getBody().isEmpty()) {
      if (declared.isRequired()) {
        throw new ValidatorException("The related request does not contain the required body.",
            ValidatorErrorType.MISSING_REQUIRED_PARAMETER);
      }
      return new RequestParameterImpl(null);
    }
    MediaType type = declared.determineContentType(request.getContentType());
    Buffer content = request.getBody().getBuffer(Buffer.buffer());
    ContentAnalyser analyser = type == null ? null
        : ContentAnalyser.getContentAnalyser(type, request.getContentType(), content, REQUEST);
    if (analyser == null) {
      throw new ValidatorException("The format of the " + REQUEST + " body is not supported",
          ValidatorErrorType.UNSUPPORTED_VALUE_FORMAT);
    }
    analyser.checkSyntacticalCorrectness();
    if (type.getSchema() == null) {
      return new RequestParameterImpl(content);
    }
    return checked(validatorOf(type), analyser.transform(),
        (result, e) -> SchemaValidationException.createInvalidValueBody(result, REQUEST, e));
  }

  /** The value, if its schema accepts it; otherwise the library's exception for where it was. */
  private static RequestParameter checked(Validator validator, Object value,
      BiFunction<OutputUnit, JsonSchemaValidationException, ValidatorException> invalid) {
    OutputUnit result = validator.validate(value);
    try {
      result.checkValidity();
    } catch (JsonSchemaValidationException e) {
      throw invalid.apply(result, e);
    }
    return new RequestParameterImpl(value);
  }

  private Validator validatorOf(Parameter parameter) {
    Validator made = parameters.get(parameter);
    return made != null ? made : schemas.validator(parameter.getSchema());
  }

  private Validator validatorOf(MediaType type) {
    Validator made = bodies.get(type);
    return made != null ? made : schemas.validator(type.getSchema());
  }
}
