package org.bazaar.recommendations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class RecommendationsConfigTest {

  @Test
  void defaults_matchTheDevstack() {
    RecommendationsConfig config = RecommendationsConfig.from(Env.isolated(Map.of()));
    assertThat(config.service().name()).isEqualTo("recommendations");
    assertThat(config.service().httpPort()).isEqualTo(8089);
    assertThat(config.service().pg().database()).isEqualTo("bazaar_recommendations");
    assertThat(config.historySize()).isEqualTo(100);
  }

  @Test
  void theHistorySize_canBeSet_withinItsBounds() {
    assertThat(RecommendationsConfig.from(Env.isolated(Map.of("BAZAAR_RECOMMENDATIONS_HISTORY_SIZE", "7")))
        .historySize()).isEqualTo(7);
    assertThatThrownBy(() -> RecommendationsConfig.from(
        Env.isolated(Map.of("BAZAAR_RECOMMENDATIONS_HISTORY_SIZE", "0"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_RECOMMENDATIONS_HISTORY_SIZE");
    assertThatThrownBy(() -> RecommendationsConfig.from(
        Env.isolated(Map.of("BAZAAR_RECOMMENDATIONS_HISTORY_SIZE", "many"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_RECOMMENDATIONS_HISTORY_SIZE");
  }

  @Test
  void aBadPort_failsWithTheVariableName() {
    assertThatThrownBy(() -> RecommendationsConfig.from(Env.isolated(Map.of("BAZAAR_HTTP_PORT", "70000"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_HTTP_PORT");
  }
}
