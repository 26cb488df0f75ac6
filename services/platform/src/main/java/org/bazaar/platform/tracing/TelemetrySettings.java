package org.bazaar.platform.tracing;

import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;

/**
 * Where a service's spans go: {@code BAZAAR_OTEL_EXPORTER} is {@code none} (the default: spans are made and
 * their ids propagate and reach the logs, but nothing is sent) or {@code otlp} (OTLP over HTTP to
 * {@code BAZAAR_OTEL_ENDPOINT}); {@code BAZAAR_OTEL_SAMPLING_RATIO} is the share of new traces kept.
 */
public record TelemetrySettings(String exporter, String endpoint, double samplingRatio) {

  public static final String NONE = "none";
  public static final String OTLP = "otlp";

  public TelemetrySettings {
    if (!NONE.equals(exporter) && !OTLP.equals(exporter)) {
      throw new ConfigException("BAZAAR_OTEL_EXPORTER must be none or otlp, not " + exporter);
    }
    if (!(samplingRatio >= 0 && samplingRatio <= 1)) {
      throw new ConfigException("BAZAAR_OTEL_SAMPLING_RATIO must be between 0 and 1, not " + samplingRatio);
    }
  }

  public static TelemetrySettings from(Env env) {
    String ratio = env.string("BAZAAR_OTEL_SAMPLING_RATIO", "1.0");
    double parsed;
    try {
      parsed = Double.parseDouble(ratio);
    } catch (NumberFormatException e) {
      throw new ConfigException("BAZAAR_OTEL_SAMPLING_RATIO must be a number, not " + ratio);
    }
    return new TelemetrySettings(env.string("BAZAAR_OTEL_EXPORTER", NONE).trim().toLowerCase(java.util.Locale.ROOT),
        env.string("BAZAAR_OTEL_ENDPOINT", "http://localhost:4318/v1/traces"), parsed);
  }
}
