package org.bazaar.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class EdgeConfigTest {

  private static final Map<String, String> KEY = Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem");

  @Test
  void defaults_fitTheDevstack() {
    EdgeConfig config = EdgeConfig.from(Env.isolated(KEY));
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.bodyLimitBytes()).isEqualTo(64 * 1024);
    assertThat(config.jwt().issuer()).isEqualTo("bazaar-identity");
    assertThat(config.breakers()).containsOnlyKeys("identity", "catalog", "inventory", "orders");
    assertThat(config.breaker("catalog").timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.readinessTimeout()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void eachServiceHasItsOwnBreakerSettings() {
    EdgeConfig config = EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_BREAKER_TIMEOUT", "800ms", "BAZAAR_BREAKER_ORDERS_TIMEOUT", "2s", "BAZAAR_BREAKER_ORDERS_MAX_FAILURES", "9")));
    assertThat(config.breaker("catalog").timeout()).isEqualTo(Duration.ofMillis(800));
    assertThat(config.breaker("orders").timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.breaker("orders").maxFailures()).isEqualTo(9);
  }

  @Test
  void bodyLimit_acceptsUnits() {
    assertThat(EdgeConfig.bodyLimit("65536")).isEqualTo(65536);
    assertThat(EdgeConfig.bodyLimit("512b")).isEqualTo(512);
    assertThat(EdgeConfig.bodyLimit("64KB")).isEqualTo(65536);
    assertThat(EdgeConfig.bodyLimit("1mb")).isEqualTo(1024 * 1024);
  }

  @Test
  void badValues_nameTheVariable() {
    assertThatThrownBy(() -> EdgeConfig.bodyLimit("lots")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("BAZAAR_EDGE_BODY_LIMIT");
    assertThatThrownBy(() -> EdgeConfig.bodyLimit("0")).hasMessageContaining("BAZAAR_EDGE_BODY_LIMIT");
    assertThatThrownBy(() -> EdgeConfig.bodyLimit("64mb")).hasMessageContaining("BAZAAR_EDGE_BODY_LIMIT");
    assertThatThrownBy(() -> EdgeConfig.from(Env.isolated(Map.of()))).hasMessageContaining("BAZAAR_JWT_PUBLIC_KEY");
    assertThatThrownBy(() -> EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_HTTP_PORT", "70000")))).hasMessageContaining("BAZAAR_HTTP_PORT");
    assertThatThrownBy(() -> EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_BREAKER_CATALOG_TIMEOUT", "0")))).hasMessageContaining("BAZAAR_BREAKER_CATALOG");
  }
}
