package org.bazaar.devstack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.bazaar.edge.EdgeVerticle;
import org.bazaar.platform.launch.ServiceLauncher;
import org.junit.jupiter.api.Test;

/**
 * The suite's own edge has its limits lifted; this test starts a second edge in front of the same services
 * with the limits an operator would set, and bursts past them.
 */
class RateLimitE2EIT {

  @Test
  void aBurstBeyondTheLimit_getsTooManyRequests_withRetryAfter() {
    int port = freePort();
    ServiceLauncher.Running edge = ServiceLauncher.start("edge-limited", Shop.devstack().environmentOf("edge", Map.of(
        "BAZAAR_HTTP_PORT", Integer.toString(port),
        "BAZAAR_EDGE_RATE_LIMIT_CAPACITY", "20",
        "BAZAAR_EDGE_RATE_LIMIT_REFILL_PER_SECOND", "1")), EdgeVerticle::new).await();
    try {
      Api api = new Api("http://127.0.0.1:" + port);
      List<CompletableFuture<Api.Reply>> burst = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        burst.add(api.send(api.request("GET", "/api/v1/products", null, null)));
      }
      List<Api.Reply> replies = burst.stream().map(CompletableFuture::join).toList();

      assertThat(replies).filteredOn(r -> r.status() == 200).hasSizeLessThanOrEqualTo(21);
      Api.Reply limited = replies.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
      assertThat(limited.header("Retry-After")).matches("[1-9][0-9]*");
      assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
    } finally {
      edge.stop().await();
    }
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
