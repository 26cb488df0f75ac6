package org.bazaar.payments.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.bazaar.platform.config.BreakerConfig;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class PaymentsConfigTest {

  @Test
  void defaultsPointAtTheSimulator_withTheDocumentedBreaker() {
    PaymentsConfig config = PaymentsConfig.from(Env.isolated(Map.of()));

    assertThat(config.service().httpPort()).isEqualTo(8086);
    assertThat(config.service().name()).isEqualTo("payments");
    assertThat(config.providerUrl()).isEqualTo(URI.create("http://127.0.0.1:8090"));
    assertThat(config.chargesUrl()).isEqualTo("http://127.0.0.1:8090/charges");
    assertThat(config.breaker()).isEqualTo(
        new BreakerConfig(Duration.ofSeconds(2), 5, Duration.ofSeconds(10), 3, Duration.ofMillis(200)));
  }

  @Test
  void variablesOverrideTheDefaults() {
    PaymentsConfig config = PaymentsConfig.from(Env.isolated(Map.of(
        "BAZAAR_PAYMENT_PROVIDER_URL", "https://psp.example/v1/",
        "BAZAAR_BREAKER_PROVIDER_TIMEOUT", "1s",
        "BAZAAR_BREAKER_PROVIDER_MAX_FAILURES", "3",
        "BAZAAR_BREAKER_PROVIDER_RESET_TIMEOUT", "30s",
        "BAZAAR_BREAKER_PROVIDER_MAX_RETRIES", "0",
        "BAZAAR_BREAKER_PROVIDER_RETRY_BACKOFF", "50ms")));

    assertThat(config.chargesUrl()).isEqualTo("https://psp.example/v1/charges");
    assertThat(config.breaker()).isEqualTo(
        new BreakerConfig(Duration.ofSeconds(1), 3, Duration.ofSeconds(30), 0, Duration.ofMillis(50)));
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> PaymentsConfig.from(Env.isolated(Map.of("BAZAAR_PAYMENT_PROVIDER_URL", "ftp://x"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_PAYMENT_PROVIDER_URL");
    assertThatThrownBy(() -> PaymentsConfig.from(Env.isolated(Map.of("BAZAAR_PAYMENT_PROVIDER_URL", "not a url"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_PAYMENT_PROVIDER_URL");
    assertThatThrownBy(() -> PaymentsConfig.from(Env.isolated(Map.of("BAZAAR_BREAKER_PROVIDER_TIMEOUT", "0"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_BREAKER_PROVIDER_TIMEOUT");
    assertThatThrownBy(() -> PaymentsConfig.from(Env.isolated(Map.of("BAZAAR_BREAKER_PROVIDER_MAX_RETRIES", "-1"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_BREAKER_PROVIDER_MAX_RETRIES");
    assertThatThrownBy(() -> PaymentsConfig.from(Env.isolated(Map.of("BAZAAR_BREAKER_PROVIDER_MAX_FAILURES", "0"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_BREAKER_PROVIDER_MAX_FAILURES");
  }
}
