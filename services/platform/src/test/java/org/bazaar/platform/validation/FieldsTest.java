package org.bazaar.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldsTest {

  @Test
  void text_isReturnedAsGiven_withoutAViolation() {
    List<Violation> violations = new ArrayList<>();
    assertThat(Fields.text("name", "  Ada ", violations)).isEqualTo("  Ada ");
    assertThat(violations).isEmpty();
  }

  @Test
  void missingWrongTypedOrNulText_isNull_andSaysWhy() {
    List<Violation> violations = new ArrayList<>();
    assertThat(Fields.text("a", null, violations)).isNull();
    assertThat(Fields.text("b", 7, violations)).isNull();
    assertThat(Fields.text("c", "x\u0000y", violations)).isNull();
    assertThat(violations).containsExactly(new Violation("a", "is required"), new Violation("b", "must be a string"),
        new Violation("c", "must not contain NUL characters"));
  }
}
