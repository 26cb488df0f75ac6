package org.bazaar.identity.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class IdentityConfigTest {

  private static final Map<String, String> KEYS = Map.of(
      "BAZAAR_JWT_PRIVATE_KEY", "private-pem", "BAZAAR_JWT_PUBLIC_KEY", "public-pem");

  @Test
  void defaults_matchTheDevstack() {
    IdentityConfig config = IdentityConfig.from(Env.isolated(KEYS));
    assertThat(config.service().httpPort()).isEqualTo(8081);
    assertThat(config.adminEmail()).isEqualTo("admin@bazaar.local");
    assertThat(config.adminPassword()).isEqualTo("admin-password");
    assertThat(config.hashMemoryKib()).isEqualTo(7168);
    assertThat(config.hashIterations()).isEqualTo(5);
    assertThat(config.hashConcurrency()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(config.toString()).doesNotContain("admin-password");
  }

  @Test
  void theAdminEmail_isNormalized() {
    assertThat(IdentityConfig.from(env("BAZAAR_ADMIN_EMAIL", " Boss@Shop.Example ")).adminEmail())
        .isEqualTo("boss@shop.example");
  }

  @Test
  void badValues_nameTheirVariable() {
    assertThatThrownBy(() -> IdentityConfig.from(env("BAZAAR_ADMIN_EMAIL", "nope")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_ADMIN_EMAIL");
    assertThatThrownBy(() -> IdentityConfig.from(env("BAZAAR_ADMIN_PASSWORD", "short")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_ADMIN_PASSWORD");
    assertThatThrownBy(() -> IdentityConfig.from(env("BAZAAR_PASSWORD_HASH_MEMORY_KIB", "64")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_PASSWORD_HASH_MEMORY_KIB");
    assertThatThrownBy(() -> IdentityConfig.from(env("BAZAAR_PASSWORD_HASH_ITERATIONS", "0")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_PASSWORD_HASH_ITERATIONS");
    assertThatThrownBy(() -> IdentityConfig.from(env("BAZAAR_PASSWORD_HASH_CONCURRENCY", "0")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_PASSWORD_HASH_CONCURRENCY");
  }

  @Test
  void issuingTokens_needsThePrivateKey() {
    assertThatThrownBy(() -> IdentityConfig.from(Env.isolated(Map.of("BAZAAR_JWT_PUBLIC_KEY", "public-pem"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_JWT_PRIVATE_KEY");
  }

  private static Env env(String name, String value) {
    Map<String, String> values = new HashMap<>(KEYS);
    values.put(name, value);
    return Env.isolated(values);
  }
}
