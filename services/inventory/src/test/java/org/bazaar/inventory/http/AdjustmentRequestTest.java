package org.bazaar.inventory.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.vertx.core.buffer.Buffer;
import org.bazaar.platform.http.FieldError;
import org.bazaar.platform.http.HttpProblem;
import org.junit.jupiter.api.Test;

class AdjustmentRequestTest {

  @Test
  void aValidBody_isRead_withTheReasonTrimmed_andUnknownFieldsIgnored() {
    assertThat(parse("{\"delta\": -3, \"reason\": \"  broken \", \"extra\": true}"))
        .isEqualTo(new AdjustmentRequest(-3, "broken"));
  }

  @Test
  void missingFields_areEachReported() {
    assertThat(errors("{}")).containsExactly(new FieldError("delta", "is required"),
        new FieldError("reason", "is required"));
  }

  @Test
  void aZeroDelta_isRefused() {
    assertThat(errors("{\"delta\": 0, \"reason\": \"x\"}")).containsExactly(new FieldError("delta", "must not be zero"));
  }

  @Test
  void aDeltaThatIsNotAWholeNumber_isRefused() {
    assertThat(errors("{\"delta\": 1.5, \"reason\": \"x\"}")).extracting(FieldError::field).containsExactly("delta");
    assertThat(errors("{\"delta\": \"5\", \"reason\": \"x\"}")).extracting(FieldError::field).containsExactly("delta");
    assertThat(errors("{\"delta\": true, \"reason\": \"x\"}")).extracting(FieldError::field).containsExactly("delta");
  }

  @Test
  void aDeltaOutsideTheIntegerRange_isRefused() {
    assertThat(errors("{\"delta\": 2147483648, \"reason\": \"x\"}")).extracting(FieldError::message)
        .allMatch(message -> message.startsWith("must be between"));
    assertThat(errors("{\"delta\": 99999999999999999999999, \"reason\": \"x\"}")).hasSize(1);
  }

  @Test
  void theReason_mustBeOneTo200Characters() {
    assertThat(errors("{\"delta\": 1, \"reason\": \"   \"}")).containsExactly(new FieldError("reason", "must not be blank"));
    assertThat(errors("{\"delta\": 1, \"reason\": 7}")).containsExactly(new FieldError("reason", "must be a string"));
    assertThat(errors("{\"delta\": 1, \"reason\": \"" + "r".repeat(201) + "\"}")).containsExactly(
        new FieldError("reason", "must be at most 200 characters"));
    assertThat(parse("{\"delta\": 1, \"reason\": \"" + "r".repeat(200) + "\"}").reason()).hasSize(200);
  }

  @Test
  void aReasonWithANulCharacter_isRefused() {
    assertThat(errors("{\"delta\": 1, \"reason\": \"nul\\u0000inside\"}")).containsExactly(
        new FieldError("reason", "must not contain NUL characters"));
  }

  @Test
  void aBodyThatIsNotAJsonObject_isRefused() {
    for (String body : new String[] {"", "not json", "[1]", "null", "42"}) {
      HttpProblem problem = catchThrowableOfType(HttpProblem.class, () -> parse(body));
      assertThat(problem.status()).as(body).isEqualTo(400);
      assertThat(problem.errors()).extracting(FieldError::field).containsExactly("body");
    }
    assertThat(catchThrowableOfType(HttpProblem.class, () -> AdjustmentRequest.parse(null)).status()).isEqualTo(400);
  }

  private static AdjustmentRequest parse(String body) {
    return AdjustmentRequest.parse(Buffer.buffer(body));
  }

  private static java.util.List<FieldError> errors(String body) {
    HttpProblem problem = catchThrowableOfType(HttpProblem.class, () -> parse(body));
    assertThat(problem).as("a problem for " + body).isNotNull();
    assertThat(problem.status()).isEqualTo(400);
    return problem.errors();
  }
}
