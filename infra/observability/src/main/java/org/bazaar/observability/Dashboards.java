package org.bazaar.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Grafana dashboards of a folder: one JSON model per file. */
public final class Dashboards {

  /** Grafana's variable query {@code label_values(metric{...}, label)}; its first argument is PromQL. */
  private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\)\\s*$",
      Pattern.DOTALL);
  /** Grafana's {@code query_result(expr)} and {@code metrics(regex)}: the first is PromQL, the second is not. */
  private static final Pattern QUERY_RESULT = Pattern.compile("^\\s*query_result\\((.*)\\)\\s*$", Pattern.DOTALL);

  private Dashboards() {
  }

  /** One dashboard file. */
  public record Dashboard(Path file, Map<String, Object> model) {

    public String title() {
      return String.valueOf(model.get("title"));
    }

    /** Every query in the dashboard, keyed by where it is ("panel 'Lag' A", "variable service"). */
    public Map<String, String> queries() {
      Map<String, String> queries = new LinkedHashMap<>();
      for (Map<String, Object> panel : panels()) {
        for (Map<String, Object> target : Documents.maps(panel.get("targets"))) {
          if (target.get("expr") instanceof String expr) {
            queries.put("panel '" + panel.get("title") + "' " + target.get("refId"), expr);
          }
        }
      }
      for (Map<String, Object> variable : variables()) {
        Object query = variable.get("query") instanceof Map<?, ?> map ? map.get("query") : variable.get("query");
        if ("query".equals(variable.get("type")) && query instanceof String text) {
          queries.put("variable " + variable.get("name"), promQlOfVariable(text));
        }
      }
      return queries;
    }

    /** Every panel, the ones inside collapsed rows included. */
    public List<Map<String, Object>> panels() {
      List<Map<String, Object>> panels = new ArrayList<>();
      for (Map<String, Object> panel : Documents.maps(model.get("panels"))) {
        panels.add(panel);
        panels.addAll(Documents.maps(panel.get("panels")));
      }
      return panels;
    }

    public List<Map<String, Object>> variables() {
      return model.get("templating") instanceof Map<?, ?> templating ? Documents.maps(templating.get("list")) : List.of();
    }

    /** The metric names of every query, in order. */
    public Set<String> metricNames() {
      Set<String> names = new LinkedHashSet<>();
      queries().values().forEach(query -> names.addAll(PromQl.metricNames(query)));
      return names;
    }
  }

  /** Every {@code *.json} file of {@code folder}, sorted by name. */
  public static List<Dashboard> in(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Dashboard> dashboards = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        dashboards.add(new Dashboard(file, Documents.parse(Files.readString(file))));
      }
      return dashboards;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PromQL inside a variable query; empty for queries that name no metric ({@code label_values(label)}). */
  static String promQlOfVariable(String query) {
    Matcher labelValues = LABEL_VALUES.matcher(query);
    if (labelValues.matches()) {
      return labelValues.group(1);
    }
    Matcher queryResult = QUERY_RESULT.matcher(query);
    if (queryResult.matches()) {
      return queryResult.group(1);
    }
    return query.strip().matches("label_values\\(\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\)") ? "" : query;
  }
}
