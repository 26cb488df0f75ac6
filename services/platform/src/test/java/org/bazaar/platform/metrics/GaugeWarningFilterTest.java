package org.bazaar.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/** The services' log configuration drops Micrometer's warning about Vert.x's gauges, and only that. */
class GaugeWarningFilterTest {

  @Test
  void theWarningAboutAVertxGauge_isDropped_andOneAboutAnyOtherMeterIsKept() throws IOException {
    ConfigurationSource source = ConfigurationSource.fromResource("log4j2.xml", getClass().getClassLoader());
    XmlConfiguration config = new XmlConfiguration(new LoggerContext("gauge-warning-test"), source);
    config.initialize();
    LoggerConfig micrometer = config.getLoggerConfig("io.micrometer.core.instrument.MeterRegistry");

    assertThat(micrometer.getName()).isEqualTo("io.micrometer.core.instrument.MeterRegistry");
    assertThat(result(micrometer, "vertx.net.client.active.connections")).isEqualTo(Filter.Result.DENY);
    assertThat(result(micrometer, "vertx.sql.processing.pending")).isEqualTo(Filter.Result.DENY);
    assertThat(result(micrometer, "bazaar.outbox.pending")).isEqualTo(Filter.Result.NEUTRAL);
  }

  private static Filter.Result result(LoggerConfig logger, String meter) {
    String message = "This Gauge has been already registered (MeterId{name='" + meter + "', tags=[tag(service=x)]}), "
        + "the registration will be ignored. Note that subsequent logs will be logged at debug level.";
    return logger.getFilter().filter(Log4jLogEvent.newBuilder().setLoggerName(logger.getName()).setLevel(Level.WARN)
        .setMessage(new SimpleMessage(message)).build());
  }
}
