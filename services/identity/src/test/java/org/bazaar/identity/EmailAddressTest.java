package org.bazaar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.bazaar.events.EventSchemas;
import org.bazaar.events.user.UserRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"a@example.com", "First.Last+tag@mail.example.co.uk", "x_y-z@sub-domain.example.org",
      "o'brien!#$%&*/=?^`{|}~@example.io"})
  void plainAddresses_areValid_andAcceptedByTheEventSchema(String email) {
    String normalized = EmailAddress.normalize(email);
    assertThat(EmailAddress.isValid(normalized)).isTrue();
    UserRegistered event = new UserRegistered(UUID.randomUUID(), normalized, "Someone", Instant.now());
    assertThat(EventSchemas.load().validate(event.type(), event.toJson()).errors()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "@example.com", "a@", "a@example", "a@@example.com", "a b@example.com",
      "a@-example.com", ".a@example.com", "a..b@example.com", "a@example.c"})
  void malformedAddresses_areInvalid(String email) {
    assertThat(EmailAddress.isValid(email)).isFalse();
  }

  @Test
  void overlongAddresses_areInvalid() {
    assertThat(EmailAddress.isValid("a".repeat(65) + "@example.com")).isFalse();
    String label = "b".repeat(60) + ".";
    assertThat(EmailAddress.isValid("a@" + label.repeat(4) + "com")).isTrue();
    assertThat(EmailAddress.isValid("a@" + label.repeat(5) + "com")).isFalse();
  }

  @Test
  void normalize_trimsAndLowerCases() {
    assertThat(EmailAddress.normalize("  Ada@EXAMPLE.com ")).isEqualTo("ada@example.com");
  }
}
