package org.bazaar.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OrderCursorTest {

  @Test
  void aCursor_survivesEncoding_toTheMicrosecond() {
    OrderCursor cursor = new OrderCursor(Instant.parse("2025-03-04T05:06:07.123456Z"), UUID.randomUUID());
    String text = cursor.encode();

    assertThat(text).matches("[A-Za-z0-9_-]+");
    assertThat(OrderCursor.decode(text)).isEqualTo(cursor);
  }

  @Test
  void anythingElse_isNotACursor() {
    for (String bad : new String[] {"", "%%%", "abc", encode("12:nope"), encode("x:" + UUID.randomUUID()),
        encode(UUID.randomUUID().toString())}) {
      assertThatThrownBy(() -> OrderCursor.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static String encode(String plain) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes());
  }
}
