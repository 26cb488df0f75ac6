package org.bazaar.edge.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.json.schema.OutputUnit;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorErrorType;
import io.vertx.openapi.validation.ValidatorException;
import org.bazaar.platform.http.FieldError;
import org.bazaar.platform.http.HttpProblem;

/**
 * Turns an OpenAPI validation failure into a 400 problem with one {@code {field, message}} per invalid field.
 * Body fields are JSON pointers ({@code /email}, {@code /items/0/quantity}); parameters are named as sent.
 * The validator's wrapper errors (properties, $ref, items, allOf) and the additionalProperties error it adds
 * beside every real property error are dropped.
 */
final class ValidationErrors {

  private static final List<String> WRAPPERS = List.of("/properties", "/$ref", "/items", "/allOf", "/anyOf",
      "/oneOf", "/prefixItems");
  private static final Pattern REQUIRED = Pattern.compile("required property \"(.+)\"");
  private static final Pattern UNKNOWN = Pattern.compile("Property \"(.+)\" does not match additional properties");

  private ValidationErrors() {
  }

  static HttpProblem problem(ValidatorException failure, Operation operation) {
    Parameter parameter = parameterOf(failure, operation);
    if (parameter != null) {
      String message = failure.type() == ValidatorErrorType.MISSING_REQUIRED_PARAMETER ? "is required"
          : reason(failure);
      return HttpProblem.badRequest("The " + parameter.getIn().name().toLowerCase() + " parameter "
          + parameter.getName() + " is invalid.", List.of(new FieldError(parameter.getName(), message)));
    }
    if (failure instanceof SchemaValidationException schema && schema.getOutputUnit() != null) {
      return HttpProblem.badRequest("The request body is invalid.", bodyErrors(schema.getOutputUnit()));
    }
    if (failure.type() == ValidatorErrorType.MISSING_REQUIRED_PARAMETER) {
      return HttpProblem.badRequest("A JSON request body is required.", List.of(new FieldError("/", "is required")));
    }
    return HttpProblem.badRequest("The request body must be JSON (Content-Type: application/json).");
  }

  static List<FieldError> bodyErrors(OutputUnit result) {
    List<OutputUnit> units = result.getErrors() == null || result.getErrors().isEmpty() ? List.of(result)
        : result.getErrors();
    Map<String, String> real = new LinkedHashMap<>();
    Map<String, String> unknown = new LinkedHashMap<>();
    for (OutputUnit unit : units) {
      String keyword = unit.getKeywordLocation() == null ? "" : unit.getKeywordLocation();
      String at = pointer(unit.getInstanceLocation());
      String error = unit.getError() == null ? "is invalid" : unit.getError();
      if (WRAPPERS.stream().anyMatch(keyword::endsWith)) {
        continue;
      }
      Matcher required = REQUIRED.matcher(error);
      Matcher extra = UNKNOWN.matcher(error);
      if (keyword.endsWith("/required") && required.find()) {
        real.putIfAbsent(at + "/" + required.group(1), "is required");
      } else if (keyword.endsWith("/additionalProperties")) {
        if (extra.find()) {
          unknown.putIfAbsent(at, "is not a known field");
        }
      } else if (keyword.endsWith("/not")) {
        real.putIfAbsent(at.isEmpty() ? "/" : at, "has a value that is not allowed");
      } else {
        real.putIfAbsent(at.isEmpty() ? "/" : at, error);
      }
    }
    List<FieldError> errors = new ArrayList<>();
    real.forEach((field, message) -> errors.add(new FieldError(field, message)));
    unknown.forEach((field, message) -> {
      if (real.keySet().stream().noneMatch(f -> f.equals(field) || f.startsWith(field + "/"))) {
        errors.add(new FieldError(field, message));
      }
    });
    return errors.isEmpty() ? List.of(new FieldError("/", "is invalid")) : errors;
  }

  /** The validator reports {@code #/items/0}; clients get the plain JSON pointer {@code /items/0}. */
  private static String pointer(String location) {
    if (location == null) {
      return "";
    }
    return location.startsWith("#") ? location.substring(1) : location;
  }

  private static Parameter parameterOf(ValidatorException failure, Operation operation) {
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    for (Parameter parameter : operation.getParameters()) {
      String named = parameter.getIn().name().toLowerCase() + " parameter " + parameter.getName();
      if (message.contains(named + " ") || message.endsWith(named)) {
        return parameter;
      }
    }
    return null;
  }

  private static String reason(ValidatorException failure) {
    if (failure instanceof SchemaValidationException schema && schema.getOutputUnit() != null) {
      List<FieldError> errors = bodyErrors(schema.getOutputUnit());
      return errors.get(errors.size() - 1).message();
    }
    return "is malformed";
  }
}
