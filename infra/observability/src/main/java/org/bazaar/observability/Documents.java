package org.bazaar.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML, and so JSON, into plain maps, lists and scalars. */
final class Documents {

  private Documents() {
  }

  /** The document's top-level mapping; duplicate keys are an error. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Object parsed = new Yaml(new SafeConstructor(options)).load(text);
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("not a mapping at the top level");
    }
    return (Map<String, Object>) map;
  }

  /** The mappings of a list; anything else gives an empty list. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Object list) {
    List<Map<String, Object>> maps = new ArrayList<>();
    if (list instanceof List<?> items) {
      items.stream().filter(Map.class::isInstance).forEach(item -> maps.add((Map<String, Object>) item));
    }
    return maps;
  }
}
