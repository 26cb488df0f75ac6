package org.bazaar.paymentsimulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

  @Test
  void defaultsAreTheDevstackOnes() {
    assertThat(SimulatorConfig.from(Map.of()))
        .isEqualTo(new SimulatorConfig("0.0.0.0", 8090, Duration.ofSeconds(30), 2));
  }

  @Test
  void variablesOverrideTheDefaults() {
    SimulatorConfig config = SimulatorConfig.from(Map.of("BAZAAR_SIMULATOR_PORT", "9999",
        "BAZAAR_SIMULATOR_SLOW_DELAY", "1500ms", "BAZAAR_SIMULATOR_FLAKY_FAILURES", "0",
        "BAZAAR_SIMULATOR_HOST", "127.0.0.1"));

    assertThat(config).isEqualTo(new SimulatorConfig("127.0.0.1", 9999, Duration.ofMillis(1500), 0));
    assertThat(SimulatorConfig.from(Map.of("BAZAAR_SIMULATOR_SLOW_DELAY", "3s")).slowDelay())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(SimulatorConfig.from(Map.of("BAZAAR_SIMULATOR_SLOW_DELAY", "250")).slowDelay())
        .isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void badValuesNameTheVariable() {
    assertThatThrownBy(() -> SimulatorConfig.from(Map.of("BAZAAR_SIMULATOR_PORT", "eighty")))
        .hasMessageContaining("BAZAAR_SIMULATOR_PORT");
    assertThatThrownBy(() -> SimulatorConfig.from(Map.of("BAZAAR_SIMULATOR_SLOW_DELAY", "soon")))
        .hasMessageContaining("BAZAAR_SIMULATOR_SLOW_DELAY");
    assertThatThrownBy(() -> SimulatorConfig.from(Map.of("BAZAAR_SIMULATOR_FLAKY_FAILURES", "-1")))
        .hasMessageContaining("BAZAAR_SIMULATOR_FLAKY_FAILURES");
    assertThatThrownBy(() -> SimulatorConfig.from(Map.of("BAZAAR_SIMULATOR_PORT", "70000")))
        .hasMessageContaining("BAZAAR_SIMULATOR_PORT");
  }
}
