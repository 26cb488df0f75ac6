package org.bazaar.loadgen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

class BrowseTest {

  @Test
  void aWholePage_succeeds() {
    assertThat(Browse.whole(Buffer.buffer("{\"id\":\"p\",\"degraded\":[]}")).succeeded()).isTrue();
  }

  @Test
  void aPageWithoutSomeParts_isAnError_namingThem() {
    var page = Browse.whole(Buffer.buffer("{\"id\":\"p\",\"degraded\":[\"reviews\",\"recommendations\"]}"));

    assertThat(page.failed()).isTrue();
    assertThat(page.cause()).hasMessage("degraded page (without recommendations, reviews)");
  }
}
