package org.bazaar.cart.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class CartConfigTest {

  @Test
  void defaults_matchTheDevstack() {
    CartConfig config = CartConfig.from(Env.isolated(Map.of()));
    assertThat(config.service().name()).isEqualTo("cart");
    assertThat(config.service().httpPort()).isEqualTo(8084);
    assertThat(config.service().pg().database()).isEqualTo("bazaar_cart");
    assertThat(config.currency()).isEqualTo("EUR");
  }

  @Test
  void theCurrency_mustBeAnUpperCaseIsoCode() {
    assertThat(CartConfig.from(Env.isolated(Map.of("BAZAAR_CURRENCY", "USD"))).currency()).isEqualTo("USD");
    assertThatThrownBy(() -> CartConfig.from(Env.isolated(Map.of("BAZAAR_CURRENCY", "eur"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_CURRENCY");
  }
}
