package org.bazaar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bazaar.platform.validation.InvalidInput;
import org.bazaar.platform.validation.Violation;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  @Test
  void aValidBody_isNormalized() {
    Registration registration = Registration.from(body(" Ada@Example.COM ", "long enough", "  Ada Lovelace "));
    assertThat(registration.email()).isEqualTo("ada@example.com");
    assertThat(registration.name()).isEqualTo("Ada Lovelace");
    assertThat(registration.password()).isEqualTo("long enough");
  }

  @Test
  void unknownFields_suchAsRoles_areIgnored() {
    Map<String, Object> body = body("a@example.com", "long enough", "A");
    body.put("roles", List.of("admin"));
    assertThat(Registration.from(body)).isEqualTo(new Registration("a@example.com", "long enough", "A"));
  }

  @Test
  void everyBadField_isReported() {
    assertThat(violations(body("not-an-email", "short", ""))).extracting(Violation::field)
        .containsExactlyInAnyOrder("email", "password", "name");
    assertThat(violations(body("a@example.com", "long enough", "x".repeat(101)))).extracting(Violation::field)
        .containsExactly("name");
    assertThat(violations(new HashMap<>())).extracting(Violation::message).containsOnly("is required");
    Map<String, Object> wrongTypes = new HashMap<>(Map.of("email", 5, "password", true, "name", List.of()));
    assertThat(violations(wrongTypes)).extracting(Violation::message).containsOnly("must be a string");
    assertThat(violations(body("a@example.com", "long enough", "A\u0000B"))).extracting(Violation::field)
        .containsExactly("name");
  }

  @Test
  void passwordsOfExactlyEightCharacters_areAccepted() {
    assertThat(Registration.from(body("a@example.com", "12345678", "A")).password()).isEqualTo("12345678");
    assertThat(violations(body("a@example.com", "1234567", "A"))).extracting(Violation::field).containsExactly("password");
  }

  @Test
  void toString_neverShowsThePassword() {
    assertThat(new Registration("a@example.com", "secret-password", "A").toString()).doesNotContain("secret");
  }

  @Test
  void credentials_needTextFields_andAreNormalized() {
    assertThat(Credentials.from(body(" A@Example.com", "x", null)).email()).isEqualTo("a@example.com");
    assertThatThrownBy(() -> Credentials.from(new HashMap<>())).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Credentials.from(body(" ", "", null))).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("email", "password"));
  }

  private static List<Violation> violations(Map<String, Object> body) {
    try {
      Registration.from(body);
      throw new AssertionError("expected the body to be rejected");
    } catch (InvalidInput e) {
      return e.violations();
    }
  }

  private static Map<String, Object> body(String email, String password, String name) {
    Map<String, Object> body = new HashMap<>();
    body.put("email", email);
    body.put("password", password);
    if (name != null) {
      body.put("name", name);
    }
    return body;
  }
}
