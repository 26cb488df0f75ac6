package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** values.schema.json turns typos and wrong types into an error before anything is rendered. */
class SchemaTest {

  @ParameterizedTest(name = "{0}={1} is rejected: {2}")
  @CsvSource(delimiter = '|', value = {
      "services.catalog.replicas            | 3            | Additional property replicas is not allowed",
      "serviceDefaults.resources.limits.memroy | 1Gi       | Additional property memroy is not allowed",
      "postgresql.existingSecrets           | db           | Additional property existingSecrets is not allowed",
      "services.shipping.port               | 8090         | Additional property shipping is not allowed",
      "services.payments.port               | http         | Expected: integer",
      "services.orders.uses[0]              | redis        | must be one of the following",
      "discovery.mode                       | consul       | must be one of the following",
      "image.tag                            | latest       | image.tag",
      "kafka.topics.partitions              | 0            | Must be greater than or equal to 1",
      "logging.format                       | xml          | must be one of the following",
      "networkPolicy.kafka.ports[0]         | 70000        | Must be less than or equal to 65535",
      "metrics.prometheusRule.thresholds.BazaarSagaSlw | 30 | Additional property BazaarSagaSlw is not allowed",
      "metrics.prometheusRule.thresholds.BazaarEdge5xxRateHigh | 5 | metrics.prometheusRule.thresholds.BazaarEdge5xxRateHigh",
      "metrics.prometheusRule.thresholds.BazaarSagaSlow | 20s | metrics.prometheusRule.thresholds.BazaarSagaSlow",
      "metrics.grafanaDashboards.label      | x            | Additional property label is not allowed",
      "tracing.enable                       | true         | Additional property enable is not allowed",
      "tracing.samplingRatio                | 2            | tracing.samplingRatio",
      "tracing.samplingRatio                | -1           | tracing.samplingRatio",
      "tracing.samplingRatio                | 1.5          | tracing.samplingRatio",
      "tracing.samplingRatio                | half         | tracing.samplingRatio",
      "tracing.otlpEndpoint                 | otel-collector:4318/v1/traces | tracing.otlpEndpoint",
      "tracing.otlpEndpoint                 | grpc://otel-collector:4317 | tracing.otlpEndpoint",
      "tracing.otlpEndpoint                 | ''           | tracing.otlpEndpoint",
      "networkPolicy.tracing.ports[0]       | 0            | Must be greater than or equal to 1",
      "kafka.topics.compacted[0]            | bazaar dlq   | kafka.topics.compacted",
  })
  void typoOrWrongType_isRejected(String key, String value, String message) {
    Object typed = value.matches("-?\\d+") ? Integer.valueOf(value) : value;
    assertThatThrownBy(() -> Chart.template(Chart.DEFAULTS, Map.of(key, typed)))
        .hasMessageContaining("values don't meet the specifications of the schema")
        .hasMessageContaining(message);
  }
}
