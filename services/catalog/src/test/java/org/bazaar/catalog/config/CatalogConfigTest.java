package org.bazaar.catalog.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class CatalogConfigTest {

  @Test
  void defaults_matchTheDevstack() {
    CatalogConfig config = CatalogConfig.from(Env.isolated(Map.of()));
    assertThat(config.service().httpPort()).isEqualTo(8082);
    assertThat(config.service().pg().database()).isEqualTo("bazaar_catalog");
    assertThat(config.currency()).isEqualTo("EUR");
  }

  @Test
  void theCurrency_mustBeAnUpperCaseIsoCode() {
    assertThat(CatalogConfig.from(Env.isolated(Map.of("BAZAAR_CURRENCY", "USD"))).currency()).isEqualTo("USD");
    assertThatThrownBy(() -> CatalogConfig.from(Env.isolated(Map.of("BAZAAR_CURRENCY", "eur"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_CURRENCY");
  }
}
