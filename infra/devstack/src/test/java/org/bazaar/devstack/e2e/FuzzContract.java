package org.bazaar.devstack.e2e;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.json.pointer.JsonPointer;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.SecurityRequirement;
import org.bazaar.edge.http.Contract;

/**
 * The edge's operations as the fuzzer needs them, read from the edge's own OpenAPI document with vertx-openapi:
 * method, path template, parameters and JSON body schema, and whether a token is required, optional or unused.
 * Nested {@code $ref}s are resolved against the raw contract.
 */
final class FuzzContract {

  enum Security { NONE, OPTIONAL, REQUIRED }

  record Param(String name, String in, boolean required, JsonObject schema) {
  }

  record Op(String id, String method, String path, List<Param> params, JsonObject body, Security security) {
    boolean hasBody() {
      return body != null;
    }
  }

  private final JsonObject raw;
  private final List<Op> operations = new ArrayList<>();

  private FuzzContract(OpenAPIContract contract) {
    this.raw = contract.getRawContract();
    for (Operation operation : contract.operations()) {
      List<Param> params = new ArrayList<>();
      for (Parameter parameter : operation.getParameters()) {
        params.add(new Param(parameter.getName(), parameter.getIn().name().toLowerCase(), parameter.isRequired(),
            resolve(copy(parameter.getSchema()))));
      }
      JsonObject body = null;
      if (operation.getRequestBody() != null) {
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        body = json == null ? null : resolve(copy(json.getSchema()));
      }
      List<SecurityRequirement> security = operation.getSecurityRequirements();
      Security needs = security.isEmpty() ? Security.NONE
          : security.stream().anyMatch(SecurityRequirement::isEmpty) ? Security.OPTIONAL : Security.REQUIRED;
      operations.add(new Op(operation.getOperationId(), operation.getHttpMethod().name(),
          operation.getOpenAPIPath(), List.copyOf(params), body, needs));
    }
    operations.sort((a, b) -> a.id().compareTo(b.id()));
  }

  static FuzzContract load() {
    Vertx vertx = Vertx.vertx();
    try {
      return new FuzzContract(Contract.load(vertx).await().openApi());
    } finally {
      vertx.close().await();
    }
  }

  List<Op> operations() {
    return operations;
  }

  /** The methods the contract declares on one path. */
  List<String> methodsOn(String path) {
    return operations.stream().filter(op -> op.path().equals(path)).map(Op::method).toList();
  }

  private static JsonObject copy(io.vertx.json.schema.JsonSchema schema) {
    JsonObject json = new JsonObject();
    for (String name : schema.fieldNames()) {
      json.put(name, (Object) schema.get(name));
    }
    return json;
  }

  /** A copy of the schema with every {@code $ref} (to this document) replaced by its target, recursively. */
  JsonObject resolve(JsonObject schema) {
    JsonObject resolved = schema;
    while (resolved.getValue("$ref") instanceof String ref) {
      String fragment = ref.substring(ref.indexOf('#') + 1);
      resolved = ((JsonObject) JsonPointer.from(fragment).queryJson(raw)).copy();
    }
    JsonObject out = new JsonObject();
    resolved.forEach(entry -> out.put(entry.getKey(), resolveValue(entry.getValue())));
    return out;
  }

  private Object resolveValue(Object value) {
    if (value instanceof JsonObject object) {
      return resolve(object);
    }
    if (value instanceof io.vertx.core.json.JsonArray array) {
      io.vertx.core.json.JsonArray out = new io.vertx.core.json.JsonArray();
      array.forEach(item -> out.add(resolveValue(item)));
      return out;
    }
    return value;
  }
}
