package org.bazaar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.bazaar.platform.validation.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void aCursor_survivesItsTextForm_toTheMicrosecond() {
    Cursor cursor = new Cursor(Instant.parse("2025-03-14T09:26:53.589123Z"), UUID.randomUUID());
    String text = cursor.encode();
    assertThat(text).matches("^[A-Za-z0-9_-]+$");
    assertThat(Cursor.decode(text)).isEqualTo(cursor);
  }

  @Test
  void timesBefore1970_survive_too() {
    Cursor cursor = new Cursor(Instant.parse("1969-12-31T23:59:59.999999Z"), UUID.randomUUID());
    assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "nope!", "cDE6MTIzOmFiYw", "////"})
  void anythingElse_isInvalid(String text) {
    assertThatThrownBy(() -> Cursor.decode(text)).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.violations().get(0).field()).isEqualTo("cursor"));
  }

  @Test
  void aWellEncodedStranger_isInvalid() {
    String forged = Base64.getUrlEncoder().encodeToString("p1:99999999999999999999:x".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Cursor.decode(forged)).isInstanceOf(InvalidInput.class);
  }
}
