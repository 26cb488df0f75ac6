package org.bazaar.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableRequest;
import io.vertx.openapi.validation.ValidatedRequest;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {

  private static final String PRODUCT = "0b6f3c1e-8d4a-4c2e-9f51-2a7d3e6b9c10";

  private static Vertx vertx;
  private static OpenAPIContract contract;
  private static ContractValidator validator;
  private static RequestValidator library;

  @BeforeAll
  static void load() {
    vertx = Vertx.vertx();
    contract = Contract.load(vertx).await().openApi();
    validator = new ContractValidator(vertx, contract);
    library = RequestValidator.create(vertx, contract);
  }

  @AfterAll
  static void close() {
    vertx.close().await();
  }

  @Test
  void answersAtOnce_onTheCallersThread() {
    Future<ValidatedRequest> validated = validator.validate(path("id", PRODUCT), "getProductPage");

    assertThat(validated.isComplete()).isTrue();
    assertThat(validated.result().getPathParameters().get("id").getString()).isEqualTo(PRODUCT);
  }

  @Test
  void acceptsAndRefusesWhatTheLibraryDoes_withTheSameErrors() {
    assertSameOutcome(path("id", PRODUCT), "getProductPage");
    assertSameOutcome(path("id", "x".repeat(65)), "getProductPage");
    assertSameOutcome(path("id", ""), "getProductPage");
    assertSameOutcome(query(Map.of("limit", "20", "cursor", "abc")), "listProducts");
    assertSameOutcome(query(Map.of("limit", "0")), "listProducts");
    assertSameOutcome(query(Map.of("limit", "many")), "listProducts");
    assertSameOutcome(query(Map.of("q", "x".repeat(201))), "listProducts");
    assertSameOutcome(withBody("{\"items\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":2}]}"), "placeOrder");
    assertSameOutcome(withBody("{\"items\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":0}],\"x\":1}"),
        "placeOrder");
    assertSameOutcome(withBody("{\"items\":"), "placeOrder");
    assertSameOutcome(withBody(""), "placeOrder");
    assertSameOutcome(new ValidatableRequestImpl(Map.of(), Map.of(), Map.of(), Map.of()), "placeOrder");
  }

  @Test
  void aBodyLargerThanTheDefaultLimit_isCheckedOffTheCallersThread_withTheSameOutcome() {
    String longText = "x".repeat(ContractValidator.INLINE_BODY_BYTES);
    ValidatableRequest large = withBody("{\"items\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":2}],"
        + "\"paymentToken\":\"" + longText + "\"}");

    Future<ValidatedRequest> validated = validator.validate(large, "placeOrder");

    assertThat(validated.isComplete()).isFalse();
    assertSameOutcome(large, "placeOrder");
  }

  @Test
  void aSearchForTextThatReadsAsJson_isStillText() {
    for (String text : new String[] {"1.5", "null", "true", "\"quoted\""}) {
      Future<ValidatedRequest> validated = validator.validate(query(Map.of("q", text)), "listProducts");

      assertThat(validated.succeeded()).as(text).isTrue();
      assertThat(validated.result().getQuery().get("q").getString()).isEqualTo(text);
    }
  }

  @Test
  void anInvalidBody_failsWithItsSchemaErrors() {
    Future<ValidatedRequest> validated = validator.validate(withBody("{\"items\":[]}"), "placeOrder");

    assertThat(validated.cause()).isInstanceOf(SchemaValidationException.class);
    assertThat(((SchemaValidationException) validated.cause()).getOutputUnit().getErrors()).isNotEmpty();
  }

  private static void assertSameOutcome(ValidatableRequest request, String operationId) {
    Throwable expected = awaitOutcome(library.validate(request, operationId));
    Throwable actual = awaitOutcome(validator.validate(request, operationId));
    String described = operationId + " " + request.getPathParameters() + request.getQuery() + request.getBody();
    if (expected == null) {
      assertThat(actual).as(described).isNull();
      return;
    }
    assertThat(actual).as(described).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    assertThat(((ValidatorException) actual).type()).isEqualTo(((ValidatorException) expected).type());
  }

  /** The failure a validation ends with (the library's on a worker thread); null when it succeeds. */
  private static Throwable awaitOutcome(Future<ValidatedRequest> validated) {
    try {
      return validated.map(ok -> (Throwable) null).otherwise(failure -> failure).toCompletionStage()
          .toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new AssertionError("the validator did not answer", e);
    }
  }

  private static ValidatableRequest path(String name, String value) {
    return new ValidatableRequestImpl(Map.of(), Map.of(), Map.of(name, new RequestParameterImpl(value)), Map.of());
  }

  private static ValidatableRequest query(Map<String, String> values) {
    Map<String, RequestParameter> query = new HashMap<>();
    values.forEach((name, value) -> query.put(name, new RequestParameterImpl(value)));
    return new ValidatableRequestImpl(Map.of(), Map.of(), Map.of(), query);
  }

  private static ValidatableRequest withBody(String json) {
    return new ValidatableRequestImpl(Map.of(), Map.of("Idempotency-Key", new RequestParameterImpl("k-1")), Map.of(),
        Map.of(), new RequestParameterImpl(Buffer.buffer(json)), "application/json");
  }
}
