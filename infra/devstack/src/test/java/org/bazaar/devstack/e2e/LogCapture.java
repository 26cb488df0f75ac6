package org.bazaar.devstack.e2e;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;

/**
 * Every log line the JVM writes while it is open, through a real log4j appender with the services' JSON
 * layout, at debug level for Bazaar's and Vert.x's loggers.
 */
final class LogCapture implements AutoCloseable {

  private static final List<String> VERBOSE = List.of("org.bazaar", "io.vertx");

  private final StringWriter out = new StringWriter();
  private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
  private final WriterAppender appender;
  private final Map<String, Level> levelsBefore = new HashMap<>();

  LogCapture() {
    Configuration config = context.getConfiguration();
    appender = WriterAppender.newBuilder()
        .setName("log-capture")
        .setTarget(out)
        .setLayout(JsonTemplateLayout.newBuilder().setConfiguration(config)
            .setEventTemplateUri("classpath:EcsLayout.json").build())
        .build();
    appender.start();
    config.addAppender(appender);
    config.getRootLogger().addAppender(appender, Level.ALL, null);
    for (String logger : VERBOSE) {
      LoggerConfig current = config.getLoggerConfig(logger);
      levelsBefore.put(logger, current.getName().equals(logger) ? current.getLevel() : null);
      Configurator.setLevel(logger, Level.DEBUG);
    }
    context.updateLoggers();
  }

  String text() {
    synchronized (out) {
      return out.toString();
    }
  }

  @Override
  public void close() {
    Configuration config = context.getConfiguration();
    config.getRootLogger().removeAppender(appender.getName());
    levelsBefore.forEach((logger, level) -> Configurator.setLevel(logger, level == null ? Level.WARN : level));
    context.updateLoggers();
    appender.stop();
  }
}
