package org.bazaar.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
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
    assertThat(config.breakers()).containsOnlyKeys("identity", "catalog", "inventory", "cart", "orders", "reviews",
        "recommendations");
    assertThat(config.partTimeout("reviews")).isEqualTo(Duration.ofMillis(300));
    assertThat(config.partTimeout("catalog")).isNull();
    assertThat(config.viewQueue()).isEqualTo(10_000);
    assertThat(config.heartbeat()).isEqualTo(Duration.ofSeconds(15));
    assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
    assertThat(config.rateLimits()).isEqualTo(new RateLimitConfig(100, 50, 10, 1, 100_000));
    assertThat(config.web()).isEqualTo(new WebConfig(false, List.of(), false));
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
  void partTimeouts_comeFromThePartSetting_orThePerServiceBreakerTimeout() {
    EdgeConfig config = EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_BREAKER_TIMEOUT", "2s", "BAZAAR_EDGE_PART_TIMEOUT", "150ms", "BAZAAR_BREAKER_REVIEWS_TIMEOUT", "400ms")));
    assertThat(config.partTimeout("reviews")).isEqualTo(Duration.ofMillis(400));
    assertThat(config.partTimeout("recommendations")).isEqualTo(Duration.ofMillis(150));
    assertThat(config.breaker("recommendations").timeout()).as("its other calls").isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void webAndLimitSettings_areRead() {
    EdgeConfig config = EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_EDGE_CORS_ORIGINS", "https://shop.example.com, http://localhost:3000", "BAZAAR_EDGE_HSTS", "true",
        "BAZAAR_EDGE_RATE_LIMIT_CAPACITY", "5", "BAZAAR_EDGE_AUTH_RATE_LIMIT_REFILL_PER_SECOND", "2")));
    assertThat(config.web().corsOrigins()).containsExactly("https://shop.example.com", "http://localhost:3000");
    assertThat(config.web().hsts()).isTrue();
    assertThat(config.rateLimits().capacity()).isEqualTo(5);
    assertThat(config.rateLimits().authRefillPerSecond()).isEqualTo(2);
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
    assertThatThrownBy(() -> EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_EDGE_CORS_ORIGINS", "*")))).hasMessageContaining("BAZAAR_EDGE_CORS_ORIGINS");
    assertThatThrownBy(() -> EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_EDGE_RATE_LIMIT_CAPACITY", "0")))).hasMessageContaining("BAZAAR_EDGE_RATE_LIMIT_CAPACITY");
    assertThatThrownBy(() -> EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_EDGE_VIEW_QUEUE", "0")))).hasMessageContaining("BAZAAR_EDGE_VIEW_QUEUE");
    assertThatThrownBy(() -> EdgeConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "pem",
        "BAZAAR_EDGE_PART_TIMEOUT", "0")))).hasMessageContaining("BAZAAR_EDGE_PART_TIMEOUT");
  }
}
