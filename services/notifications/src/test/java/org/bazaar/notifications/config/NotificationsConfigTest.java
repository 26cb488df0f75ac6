package org.bazaar.notifications.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.vertx.ext.mail.StartTLSOptions;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;
import org.junit.jupiter.api.Test;

class NotificationsConfigTest {

  @Test
  void defaults_matchTheDevstack() {
    NotificationsConfig config = NotificationsConfig.from(Env.isolated(Map.of()));
    assertThat(config.service().name()).isEqualTo("notifications");
    assertThat(config.service().httpPort()).isEqualTo(8087);
    assertThat(config.service().pg().database()).isEqualTo("bazaar_notifications");
    assertThat(config.smtp().host()).isEqualTo("127.0.0.1");
    assertThat(config.smtp().port()).isEqualTo(2525);
    assertThat(config.smtp().startTls()).isEqualTo(StartTLSOptions.DISABLED);
    assertThat(config.smtp().ssl()).isFalse();
    assertThat(config.smtp().login()).isFalse();
    assertThat(config.smtp().from()).isEqualTo("shop@bazaar.local");
    assertThat(config.smtp().timeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.retryInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.retryAfter()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void eventsAreRetriedLongerThanThePlatformDefault_unlessTheVariableIsSet() {
    assertThat(NotificationsConfig.from(Env.isolated(Map.of())).service().kafka().maxAttempts()).isEqualTo(10);
    assertThat(NotificationsConfig.from(Env.isolated(Map.of("BAZAAR_KAFKA_MAX_ATTEMPTS", "3"))).service().kafka()
        .maxAttempts()).isEqualTo(3);
  }

  @Test
  void everySmtpSetting_canBeOverridden() {
    SmtpConfig smtp = NotificationsConfig.from(Env.isolated(Map.of("BAZAAR_SMTP_HOST", "smtp.example.com",
        "BAZAAR_SMTP_PORT", "587", "BAZAAR_SMTP_STARTTLS", "required", "BAZAAR_SMTP_USERNAME", "shop",
        "BAZAAR_SMTP_PASSWORD", "secret", "BAZAAR_MAIL_FROM", "Bazaar <shop@example.com>",
        "BAZAAR_SMTP_TIMEOUT", "3s"))).smtp();
    assertThat(smtp).isEqualTo(new SmtpConfig("smtp.example.com", 587, StartTLSOptions.REQUIRED, false, "shop",
        "secret", "Bazaar <shop@example.com>", Duration.ofSeconds(3)));
    assertThat(smtp.login()).isTrue();
    assertThat(smtp.toString()).doesNotContain("secret");
  }

  @Test
  void badValues_failWithTheVariablesName() {
    assertBad("BAZAAR_SMTP_PORT", "0");
    assertBad("BAZAAR_SMTP_PORT", "smtp");
    assertBad("BAZAAR_SMTP_STARTTLS", "sometimes");
    assertBad("BAZAAR_SMTP_SSL", "maybe");
    assertBad("BAZAAR_MAIL_FROM", "not-an-address");
    assertBad("BAZAAR_MAIL_FROM", "two@at@signs");
    assertBad("BAZAAR_SMTP_TIMEOUT", "0");
    assertBad("BAZAAR_MAIL_RETRY_INTERVAL", "-1");
    assertBad("BAZAAR_MAIL_RETRY_AFTER", "soon");
  }

  @Test
  void aZeroRetryInterval_turnsTheRetriesOff() {
    assertThat(NotificationsConfig.from(Env.isolated(Map.of("BAZAAR_MAIL_RETRY_INTERVAL", "0"))).retryInterval())
        .isZero();
  }

  private static void assertBad(String variable, String value) {
    assertThatThrownBy(() -> NotificationsConfig.from(Env.isolated(Map.of(variable, value))))
        .as(variable + "=" + value).isInstanceOf(ConfigException.class).hasMessageContaining(variable);
  }
}
