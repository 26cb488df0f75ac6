package org.bazaar.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

  @Test
  void internalLocations_getThePublicPrefix() {
    assertThat(PublicPaths.location("/products/42")).isEqualTo("/api/v1/products/42");
    assertThat(PublicPaths.location("/api/v1/orders/7")).isEqualTo("/api/v1/orders/7");
  }

  @Test
  void absentOrForeignLocations_areLeftAlone() {
    assertThat(PublicPaths.location(null)).isNull();
    assertThat(PublicPaths.location("https://elsewhere.example/x")).isEqualTo("https://elsewhere.example/x");
    assertThat(PublicPaths.location("//elsewhere.example/x")).isEqualTo("//elsewhere.example/x");
  }

  @Test
  void segments_cannotEscapeTheirPlace() {
    assertThat(PublicPaths.segment("../admin?x=1")).isEqualTo("..%2Fadmin%3Fx%3D1");
    assertThat(PublicPaths.segment("a b")).isEqualTo("a%20b");
    assertThat(PublicPaths.segment("MUG-1.v2_x")).isEqualTo("MUG-1.v2_x");
  }

  @Test
  void serviceStatuses_mapToPublicOnes() {
    assertThat(UpstreamStatus.toPublic(201)).isEqualTo(201);
    assertThat(UpstreamStatus.toPublic(409)).isEqualTo(409);
    assertThat(UpstreamStatus.toPublic(500)).isEqualTo(502);
    assertThat(UpstreamStatus.toPublic(502)).isEqualTo(502);
    assertThat(UpstreamStatus.toPublic(503)).isEqualTo(503);
    assertThat(UpstreamStatus.toPublic(504)).isEqualTo(503);
    assertThat(UpstreamStatus.isServiceFailure(499)).isFalse();
    assertThat(UpstreamStatus.isServiceFailure(500)).isTrue();
  }
}
