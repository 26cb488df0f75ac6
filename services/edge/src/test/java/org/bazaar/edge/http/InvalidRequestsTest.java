package org.bazaar.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.Test;

class InvalidRequestsTest {

  @Test
  void aTooLongRequestLine_is414_andTooLargeHeaders_are431() {
    assertThat(InvalidRequests.problemFor(new TooLongFrameException("An HTTP line is larger than 4096 bytes."))
        .status()).isEqualTo(414);
    assertThat(InvalidRequests.problemFor(new TooLongFrameException("HTTP header is larger than 8192 bytes."))
        .status()).isEqualTo(431);
  }

  @Test
  void anythingElseTheDecoderRefuses_is400() {
    assertThat(InvalidRequests.problemFor(new IllegalArgumentException("invalid version format: HTTP/X"))
        .status()).isEqualTo(400);
    assertThat(InvalidRequests.problemFor(null).status()).isEqualTo(400);
  }
}
