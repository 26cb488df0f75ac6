package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import org.bazaar.observability.AlertRules;
import org.bazaar.observability.ObservabilityFiles;
import org.junit.jupiter.api.Test;

/**
 * The chart ships the alert rules and dashboards of infra/observability unchanged: its files/ folder holds verbatim
 * copies (Helm reads only files inside the chart), its PrometheusRule renders exactly the rule file, and its
 * dashboard ConfigMaps hold exactly the dashboards.
 */
class ObservabilityChartTest {

  private static final ObservabilityFiles FILES = ObservabilityFiles.locate();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern TRAILING_THRESHOLD = Pattern.compile("[<>=]=?\\s*([-+0-9.eE]+)\\s*$");

  @Test
  void theChartsCopies_areTheFilesOfInfraObservability() throws IOException {
    String fix = " (copy infra/observability/alerts/bazaar-alerts.yaml to helm/bazaar/files/ and "
        + "infra/observability/dashboards/*.json to helm/bazaar/files/dashboards/)";
    assertThat(Chart.DIR.resolve("files/bazaar-alerts.yaml")).as("the chart's rules" + fix)
        .hasSameBinaryContentAs(FILES.alertRulesFile());
    assertThat(jsonFiles(Chart.DIR.resolve("files/dashboards"))).as("the chart's dashboards" + fix)
        .containsExactlyElementsOf(jsonFiles(FILES.dashboardsDir()));
    for (String name : jsonFiles(FILES.dashboardsDir())) {
      assertThat(Chart.DIR.resolve("files/dashboards").resolve(name)).as(name + fix)
          .hasSameBinaryContentAs(FILES.dashboardsDir().resolve(name));
    }
  }

  @Test
  void thePrometheusRule_rendersExactlyTheRuleFile() {
    Map<String, Object> rule = renderedPrometheusRule(Map.of());
    assertThat(spec(rule).get("groups")).isEqualTo(FILES.alertRules().document().get("groups"));
  }

  @Test
  void eachThresholdValue_isTheNumberItsAlertEndsWith() {
    Map<String, Object> thresholds = Values.of(Chart.DEFAULTS).map("metrics.prometheusRule.thresholds");
    Map<String, String> fileThresholds = new LinkedHashMap<>();
    for (AlertRules.Rule rule : FILES.alertRules().rules()) {
      Matcher threshold = TRAILING_THRESHOLD.matcher(rule.expr());
      if (threshold.find()) {
        fileThresholds.put(rule.alert(), threshold.group(1));
      }
    }
    assertThat(thresholds).isNotEmpty();
    assertThat(fileThresholds).containsKeys(thresholds.keySet().toArray(String[]::new));
    thresholds.forEach((alert, value) -> assertThat(Double.parseDouble(fileThresholds.get(alert)))
        .as("values.yaml threshold of " + alert).isEqualTo(((Number) value).doubleValue()));
  }

  @Test
  void aThresholdValue_changesOnlyTheNumberItsAlertEndsWith() {
    Map<String, Object> rule = renderedPrometheusRule(Map.of(
        "metrics.prometheusRule.thresholds.BazaarConsumerLagHigh", 5000,
        "metrics.prometheusRule.thresholds.BazaarEdgeLatencyHigh", 3,
        "metrics.prometheusRule.thresholds.BazaarEdge5xxRateHigh", "0.1")); // --set gives a decimal as a string
    Map<String, String> rendered = exprs(spec(rule));
    Map<String, String> file = exprs(FILES.alertRules().document());
    file.forEach((alert, expr) -> {
      switch (alert) {
        case "BazaarConsumerLagHigh" -> assertThat(rendered.get(alert)).isEqualTo(expr.replaceAll("> 1000$", "> 5000"));
        case "BazaarEdgeLatencyHigh" -> assertThat(rendered.get(alert)).isEqualTo(expr.replaceAll("> 1$", "> 3"));
        case "BazaarEdge5xxRateHigh" -> assertThat(rendered.get(alert)).isEqualTo(expr.replaceAll("> 0.05$", "> 0.1"));
        default -> assertThat(rendered.get(alert)).as(alert).isEqualTo(expr);
      }
    });
    assertThat(rendered.get("BazaarConsumerLagHigh")).endsWith("> 5000");
  }

  @Test
  void dashboards_areConfigMapsForGrafanasSidecar_onlyWhenAskedFor() throws IOException {
    assertThat(Chart.render(Chart.DEFAULTS).all(ConfigMap.class)).noneMatch(c -> c.getMetadata().getName().contains("dashboard"));

    Rendered rendered = Rendered.parse("dashboards", Chart.template(Chart.DEFAULTS,
        Map.of("metrics.grafanaDashboards.enabled", true)));
    List<ConfigMap> dashboards = rendered.all(ConfigMap.class).stream()
        .filter(c -> "1".equals(c.getMetadata().getLabels().get("grafana_dashboard"))).toList();
    List<String> files = jsonFiles(FILES.dashboardsDir());
    assertThat(dashboards).hasSize(files.size());
    for (ConfigMap dashboard : dashboards) {
      assertThat(dashboard.getData()).hasSize(1);
      String file = dashboard.getData().keySet().iterator().next();
      assertThat(files).contains(file);
      assertThat(dashboard.getMetadata().getName()).isEqualTo(
          "shop-bazaar-dashboard-" + file.replaceFirst("^bazaar-", "").replaceFirst("\\.json$", ""));
      assertThat(YAML.readTree(dashboard.getData().get(file)))
          .isEqualTo(YAML.readTree(FILES.dashboardsDir().resolve(file).toFile()));
    }
  }

  @Test
  void theServiceMonitor_keepsTheServiceLabel_andLabelsEachTargetWithItsService() {
    ServiceMonitor monitor = Chart.render("monitoring-values.yaml").all(ServiceMonitor.class).get(0);
    Endpoint endpoint = monitor.getSpec().getEndpoints().get(0);
    assertThat(endpoint.getHonorLabels()).isTrue();
    assertThat(endpoint.getRelabelings()).anySatisfy(relabel -> {
      assertThat(relabel.getSourceLabels()).containsExactly("__meta_kubernetes_service_label_bazaar_service");
      assertThat(relabel.getTargetLabel()).isEqualTo("service");
    });
  }

  @Test
  void notes_nameWhatMonitoringIsOn() {
    assertThat(Chart.notes("monitoring-values.yaml")).contains("Monitoring: ServiceMonitor PrometheusRule")
        .contains("grafana_dashboard=1");
    assertThat(Chart.notes(Chart.DEFAULTS)).doesNotContain("Monitoring:");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> renderedPrometheusRule(Map<String, Object> sets) {
    Map<String, Object> all = new LinkedHashMap<>(sets);
    all.put("metrics.prometheusRule.enabled", true);
    String manifests = Chart.template(Chart.DEFAULTS, all);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (String document : manifests.split("(?m)^---\\s*$")) {
      if (document.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
        continue;
      }
      try {
        Map<String, Object> object = YAML.readValue(document, Map.class);
        if (object != null && "PrometheusRule".equals(object.get("kind"))) {
          rules.add(object);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(rules).hasSize(1);
    return rules.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> spec(Map<String, Object> prometheusRule) {
    return (Map<String, Object>) prometheusRule.get("spec");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> exprs(Map<String, Object> groupsHolder) {
    Map<String, String> exprs = new LinkedHashMap<>();
    for (Object group : (List<Object>) groupsHolder.get("groups")) {
      for (Object rule : (List<Object>) ((Map<String, Object>) group).get("rules")) {
        Map<String, Object> r = (Map<String, Object>) rule;
        exprs.put((String) r.get("alert"), (String) r.get("expr"));
      }
    }
    return exprs;
  }

  private static List<String> jsonFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
