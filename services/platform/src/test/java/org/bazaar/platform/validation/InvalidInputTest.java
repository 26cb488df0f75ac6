package org.bazaar.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class InvalidInputTest {

  @Test
  void everyViolation_isKept_inOrder_evenWhenTheListChangesLater() {
    List<Violation> violations = new ArrayList<>(List.of(new Violation("a", "is required")));
    InvalidInput invalid = new InvalidInput(violations);
    violations.add(new Violation("b", "is required"));
    assertThat(invalid.violations()).containsExactly(new Violation("a", "is required"));
    assertThat(invalid.getMessage()).isEqualTo("The request has invalid fields.");
  }

  @Test
  void oneField_makesOneViolation() {
    assertThat(new InvalidInput("cursor", "is not a cursor from a previous page").violations())
        .containsExactly(new Violation("cursor", "is not a cursor from a previous page"));
  }
}
