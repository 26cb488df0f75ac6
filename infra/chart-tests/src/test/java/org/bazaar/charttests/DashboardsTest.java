package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bazaar.observability.AgreedMetrics;
import org.bazaar.observability.Dashboards.Dashboard;
import org.bazaar.observability.ObservabilityFiles;
import org.bazaar.observability.PromQl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** infra/observability/dashboards: Grafana dashboard models on a chosen Prometheus and the agreed metric names. */
class DashboardsTest {

  private static final Map<String, Object> PROMETHEUS_VARIABLE = Map.of("type", "prometheus", "uid", "${datasource}");

  static List<Dashboard> dashboards() {
    return ObservabilityFiles.locate().dashboards();
  }

  @Test
  void thereIsADashboardPerConcern() {
    assertThat(dashboards()).extracting(d -> d.file().getFileName().toString()).containsExactlyInAnyOrder(
        "bazaar-edge.json", "bazaar-saga.json", "bazaar-kafka.json", "bazaar-outbox.json", "bazaar-breakers.json",
        "bazaar-jvm.json");
    assertThat(dashboards()).extracting(d -> d.model().get("uid")).doesNotHaveDuplicates();
    assertThat(dashboards()).extracting(Dashboard::title).doesNotHaveDuplicates()
        .allSatisfy(title -> assertThat(title).startsWith("Bazaar / "));
  }

  @ParameterizedTest
  @MethodSource("dashboards")
  void isADashboardModelOfThisGrafanaGeneration(Dashboard dashboard) {
    assertThat(dashboard.model()).containsKeys("uid", "title", "panels", "templating", "time", "schemaVersion");
    assertThat((Integer) dashboard.model().get("schemaVersion")).isBetween(36, 41);
    assertThat(dashboard.model().get("id")).as("an id is Grafana's, given at import").isNull();
    assertThat(dashboard.panels()).extracting(p -> p.get("id")).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(dashboard.panels()).allSatisfy(panel -> {
      assertThat(panel).containsKeys("type", "title", "gridPos");
      Map<?, ?> grid = (Map<?, ?>) panel.get("gridPos");
      assertThat((Integer) grid.get("x") + (Integer) grid.get("w")).as(panel.get("title") + " fits 24 columns")
          .isLessThanOrEqualTo(24);
    });
  }

  @ParameterizedTest
  @MethodSource("dashboards")
  void asksForThePrometheusAndServiceToShow(Dashboard dashboard) {
    Map<String, Map<String, Object>> variables = new java.util.LinkedHashMap<>();
    dashboard.variables().forEach(v -> variables.put((String) v.get("name"), v));
    assertThat(variables).containsKeys("datasource", "service");
    assertThat(variables.get("datasource")).containsEntry("type", "datasource").containsEntry("query", "prometheus");
    assertThat(variables.get("service")).containsEntry("type", "query").containsEntry("datasource", PROMETHEUS_VARIABLE);

    List<Map<String, Object>> queried = dashboard.panels().stream().filter(p -> !"row".equals(p.get("type"))).toList();
    assertThat(queried).isNotEmpty().allSatisfy(panel -> {
      assertThat(panel.get("datasource")).as(panel.get("title") + " data source").isEqualTo(PROMETHEUS_VARIABLE);
      assertThat((List<?>) panel.get("targets")).as(panel.get("title") + " queries").isNotEmpty();
    });
    dashboard.queries().forEach((where, query) -> {
      if (where.startsWith("panel ")) {
        assertThat(query).as(where + " follows the service variable").contains("$service");
      }
    });
  }

  @ParameterizedTest
  @MethodSource("dashboards")
  void queriesOnlyAgreedMetrics_andPercentilesFromBuckets(Dashboard dashboard) {
    assertThat(dashboard.metricNames()).isNotEmpty();
    dashboard.queries().forEach((where, query) -> {
      Set<String> names = PromQl.metricNames(query);
      assertThat(names).as(dashboard.file().getFileName() + " " + where + " names a metric").isNotEmpty();
      assertThat(names).as(dashboard.file().getFileName() + " " + where + ": metrics nobody agreed to serve")
          .allMatch(AgreedMetrics::isAgreed);
      if (query.contains("histogram_quantile")) {
        assertThat(names).as(where + " computes a percentile from buckets").allMatch(n -> n.endsWith("_bucket"));
      }
    });
  }
}
