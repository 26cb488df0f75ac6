package org.bazaar.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Prometheus rule file (groups of rules), as parsed data and as alerting rules. */
public record AlertRules(Path file, Map<String, Object> document) {

  /** One alerting rule; {@code forDuration} is null when the rule has no {@code for}. */
  public record Rule(String group, String alert, String expr, String forDuration, Map<String, String> labels,
      Map<String, String> annotations) {
  }

  public static AlertRules read(Path file) {
    try {
      return new AlertRules(file, Documents.parse(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every rule with an {@code alert} name, in file order; recording rules are left out. */
  public List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    for (Map<String, Object> group : Documents.maps(document.get("groups"))) {
      for (Map<String, Object> rule : Documents.maps(group.get("rules"))) {
        if (rule.containsKey("alert")) {
          rules.add(new Rule(string(group.get("name")), string(rule.get("alert")), string(rule.get("expr")),
              string(rule.get("for")), strings(rule.get("labels")), strings(rule.get("annotations"))));
        }
      }
    }
    return rules;
  }

  private static Map<String, String> strings(Object map) {
    Map<String, String> strings = new LinkedHashMap<>();
    if (map instanceof Map<?, ?> entries) {
      entries.forEach((key, value) -> strings.put(String.valueOf(key), string(value)));
    }
    return strings;
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
