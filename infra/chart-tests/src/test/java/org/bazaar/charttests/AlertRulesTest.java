package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bazaar.observability.AgreedMetrics;
import org.bazaar.observability.AlertRules;
import org.bazaar.observability.ObservabilityFiles;
import org.bazaar.observability.PromQl;
import org.junit.jupiter.api.Test;

/** infra/observability/alerts/bazaar-alerts.yaml: a complete Prometheus rule file on the agreed metric names. */
class AlertRulesTest {

  private static final ObservabilityFiles FILES = ObservabilityFiles.locate();
  private static final AlertRules RULES = FILES.alertRules();

  /** What operators were promised an alert for (issue: dashboards and alerts as code). */
  private static final Set<String> PROMISED = Set.of("BazaarConsumerLagHigh", "BazaarOutboxOldestEventOld",
      "BazaarDeadLettersGrowing", "BazaarCircuitBreakerOpen", "BazaarEdge5xxRateHigh", "BazaarEdgeLatencyHigh",
      "BazaarSagaSlow", "BazaarServiceDown");

  @Test
  void theFileIsARuleFileOfNamedGroups() {
    assertThat(RULES.document()).containsOnlyKeys("groups");
    List<Object> names = ((List<?>) RULES.document().get("groups")).stream()
        .map(group -> ((Map<?, ?>) group).get("name")).collect(Collectors.toList());
    assertThat(names).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(RULES.rules()).extracting(AlertRules.Rule::alert).doesNotHaveDuplicates()
        .containsAll(PROMISED);
  }

  @Test
  void everyRule_hasAnExpressionAForDurationASeverityAndItsTexts() {
    assertThat(RULES.rules()).isNotEmpty().allSatisfy(rule -> {
      assertThat(rule.alert()).as("alert name").matches("Bazaar[A-Z][A-Za-z0-9]+");
      assertThat(rule.expr()).as(rule.alert() + " expr").isNotBlank();
      assertThat(rule.forDuration()).as(rule.alert() + " for").matches("([0-9]+(ms|s|m|h|d|w|y))+");
      assertThat(rule.labels()).as(rule.alert() + " labels").containsKey("severity");
      assertThat(rule.labels().get("severity")).as(rule.alert() + " severity").isIn("warning", "critical");
      assertThat(rule.annotations()).as(rule.alert() + " annotations")
          .containsKeys("summary", "description", "runbook");
      assertThat(rule.annotations().values()).as(rule.alert() + " annotations").allSatisfy(text ->
          assertThat(text).isNotBlank());
    });
  }

  @Test
  void everyRunbook_pointsAtASectionOfTheObservabilityReadme() throws IOException {
    String readme = Files.readString(FILES.dir().resolve("README.md"));
    assertThat(RULES.rules()).allSatisfy(rule -> {
      String anchor = "#" + rule.alert().toLowerCase(Locale.ROOT);
      assertThat(rule.annotations().get("runbook")).isEqualTo("infra/observability/README.md" + anchor);
      assertThat(readme).as("README section for " + rule.alert()).contains("\n### " + rule.alert() + "\n");
    });
  }

  @Test
  void everyExpression_namesOnlyAgreedMetrics() {
    assertThat(RULES.rules()).allSatisfy(rule -> {
      Set<String> names = PromQl.metricNames(rule.expr());
      assertThat(names).as(rule.alert() + " names a metric").isNotEmpty();
      assertThat(names).as(rule.alert() + " names metrics nobody agreed to serve")
          .allMatch(AgreedMetrics::isAgreed);
    });
  }

  @Test
  void percentiles_areComputedFromHistogramBuckets() {
    assertThat(RULES.rules()).filteredOn(rule -> rule.expr().contains("histogram_quantile")).isNotEmpty()
        .allSatisfy(rule -> assertThat(PromQl.metricNames(rule.expr())).allMatch(name -> name.endsWith("_bucket")));
  }
}
