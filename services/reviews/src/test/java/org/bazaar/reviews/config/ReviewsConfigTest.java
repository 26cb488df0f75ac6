package org.bazaar.reviews.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class ReviewsConfigTest {

  @Test
  void defaults_matchTheDevstack() {
    ReviewsConfig config = ReviewsConfig.from(Env.isolated(Map.of()));
    assertThat(config.service().name()).isEqualTo("reviews");
    assertThat(config.service().httpPort()).isEqualTo(8088);
    assertThat(config.service().pg().database()).isEqualTo("bazaar_reviews");
    assertThat(config.service().pg().user()).isEqualTo("bazaar_reviews");
    assertThat(config.service().kafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
  }

  @Test
  void badSettings_failWithTheVariablesName() {
    assertThatThrownBy(() -> ReviewsConfig.from(Env.isolated(Map.of("BAZAAR_HTTP_PORT", "eighty"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_HTTP_PORT");
    assertThatThrownBy(() -> ReviewsConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_MAX_ATTEMPTS", "0"))))
        .isInstanceOf(ConfigException.class).hasMessageContaining("BAZAAR_KAFKA_MAX_ATTEMPTS");
  }
}
