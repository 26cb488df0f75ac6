package org.bazaar.mailsink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MailSinkConfigTest {

  @Test
  void defaults_areLoopbackAndPort2525() {
    assertThat(MailSinkConfig.from(Map.of())).isEqualTo(new MailSinkConfig("127.0.0.1", 2525));
  }

  @Test
  void variables_overrideTheDefaults() {
    assertThat(MailSinkConfig.from(Map.of("BAZAAR_MAIL_SINK_HOST", "0.0.0.0", "BAZAAR_MAIL_SINK_PORT", "3025")))
        .isEqualTo(new MailSinkConfig("0.0.0.0", 3025));
  }

  @Test
  void badPorts_nameTheVariable() {
    assertThatThrownBy(() -> MailSinkConfig.from(Map.of("BAZAAR_MAIL_SINK_PORT", "smtp")))
        .hasMessageContaining("BAZAAR_MAIL_SINK_PORT");
    assertThatThrownBy(() -> MailSinkConfig.from(Map.of("BAZAAR_MAIL_SINK_PORT", "70000")))
        .hasMessageContaining("BAZAAR_MAIL_SINK_PORT");
  }
}
