package org.bazaar.inventory.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class InventoryConfigTest {

  @Test
  void defaults_listenOn8083_withItsOwnDatabase() {
    InventoryConfig config = InventoryConfig.from(Env.isolated(Map.of()));

    assertThat(config.service().name()).isEqualTo("inventory");
    assertThat(config.service().httpPort()).isEqualTo(8083);
    assertThat(config.service().pg().database()).isEqualTo("bazaar_inventory");
  }

  @Test
  void variables_overrideTheDefaults() {
    InventoryConfig config = InventoryConfig.from(Env.isolated(Map.of("BAZAAR_HTTP_PORT", "9999")));

    assertThat(config.service().httpPort()).isEqualTo(9999);
  }

  @Test
  void aBadValue_failsWithTheVariablesName() {
    assertThatThrownBy(() -> InventoryConfig.from(Env.isolated(Map.of("BAZAAR_HTTP_PORT", "eighty"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_HTTP_PORT");
  }
}
