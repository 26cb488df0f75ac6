package org.bazaar.observability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The folder {@code infra/observability}: the alert rules file and the dashboards. */
public record ObservabilityFiles(Path dir) {

  public static final String ALERT_RULES = "alerts/bazaar-alerts.yaml";
  public static final String DASHBOARDS = "dashboards";

  /**
   * The folder named by the system property {@code bazaar.observability.dir}, or else {@code infra/observability}
   * of the first directory above the working directory that has one (tests run in their module's directory).
   */
  public static ObservabilityFiles locate() {
    String configured = System.getProperty("bazaar.observability.dir");
    if (configured != null) {
      return new ObservabilityFiles(Path.of(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("infra/observability");
      if (Files.isRegularFile(candidate.resolve(ALERT_RULES))) {
        return new ObservabilityFiles(candidate);
      }
    }
    throw new IllegalStateException("no infra/observability above " + Path.of("").toAbsolutePath());
  }

  public Path alertRulesFile() {
    return dir.resolve(ALERT_RULES);
  }

  public Path dashboardsDir() {
    return dir.resolve(DASHBOARDS);
  }

  public AlertRules alertRules() {
    return AlertRules.read(alertRulesFile());
  }

  public List<Dashboards.Dashboard> dashboards() {
    return Dashboards.in(dashboardsDir());
  }

  /** Every PromQL query of the alert rules and dashboards, keyed by where it is ("alert X", "file panel 'P' A"). */
  public Map<String, String> queries() {
    Map<String, String> queries = new LinkedHashMap<>();
    alertRules().rules().forEach(rule -> queries.put("alert " + rule.alert(), rule.expr()));
    for (Dashboards.Dashboard dashboard : dashboards()) {
      dashboard.queries().forEach((where, query) -> queries.put(dashboard.file().getFileName() + " " + where, query));
    }
    return queries;
  }

  /** Every metric name the alert rules and dashboards use, with where each is used. */
  public Map<String, List<String>> metricUses() {
    Map<String, List<String>> uses = new TreeMap<>();
    queries().forEach((where, query) -> PromQl.metricNames(query).forEach(name ->
        uses.computeIfAbsent(name, n -> new ArrayList<>()).add(where)));
    return uses;
  }
}
