package org.bazaar.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.vertx.json.schema.OutputErrorType;
import io.vertx.json.schema.OutputUnit;
import org.bazaar.platform.http.FieldError;
import org.junit.jupiter.api.Test;

class ValidationErrorsTest {

  private static OutputUnit unit(String at, String keyword, String error) {
    return new OutputUnit(at, "", keyword, error, OutputErrorType.INVALID_VALUE);
  }

  private static List<FieldError> errors(OutputUnit... units) {
    return ValidationErrors.bodyErrors(new OutputUnit(false).setErrors(List.of(units)));
  }

  @Test
  void wrappersAndTheSpuriousAdditionalPropertiesError_areDropped() {
    List<FieldError> errors = errors(
        unit("#/items/0", "#/properties/items/items/$ref", "Items did not match"),
        unit("#/items/0/quantity", "#/$ref/properties", "Property \"quantity\" does not match schema"),
        unit("#/items/0/quantity", "#/$ref/properties/quantity/minimum", "0 is less than 1"),
        unit("#/items/0/quantity", "#/$ref/additionalProperties",
            "Property \"quantity\" does not match additional properties schema"));
    assertThat(errors).containsExactly(new FieldError("/items/0/quantity", "0 is less than 1"));
  }

  @Test
  void missingAndUnknownFields_areNamed() {
    List<FieldError> errors = errors(
        unit("#", "#/required", "Instance does not have required property \"password\""),
        unit("#/discount", "#/additionalProperties", "Property \"discount\" does not match additional properties schema"),
        unit("#/discount", "#/additionalProperties", "False schema always fails"));
    assertThat(errors).containsExactly(new FieldError("/password", "is required"),
        new FieldError("/discount", "is not a known field"));
  }

  @Test
  void aForbiddenValueAndARootError_readWell() {
    assertThat(errors(unit("#/delta", "#/properties/delta/not", "Instance matched \"not\" schema")))
        .containsExactly(new FieldError("/delta", "has a value that is not allowed"));
    assertThat(errors(unit("#", "#/type", "Instance type array is invalid. Expected object")))
        .containsExactly(new FieldError("/", "Instance type array is invalid. Expected object"));
  }
}
