package org.bazaar.charttests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scenario's effective values, read the way the chart reads them (services merged over serviceDefaults). */
record Values(Map<String, Object> root) {

  static Values of(String scenario) {
    return new Values(Chart.values(scenario));
  }

  /** The service's settings: serviceDefaults with services.<name> merged over them. */
  @SuppressWarnings("unchecked")
  Map<String, Object> service(String name) {
    Map<String, Object> merged = deepCopy(map("serviceDefaults"));
    merge(merged, map("services").get(name) == null ? Map.of() : (Map<String, Object>) map("services").get(name));
    return merged;
  }

  List<String> enabledServices() {
    List<String> names = new ArrayList<>();
    map("services").keySet().forEach(name -> {
      if (!Boolean.FALSE.equals(service(name).get("enabled"))) {
        names.add(name);
      }
    });
    return names;
  }

  @SuppressWarnings("unchecked")
  List<String> uses(String service) {
    return (List<String>) service(service).getOrDefault("uses", List.of());
  }

  /** Whether the edge calls the service (discovery.services). */
  boolean edgeCalls(String service) {
    return ((List<?>) get("discovery.services")).contains(service);
  }

  boolean flag(Map<String, Object> settings, String path) {
    return Boolean.TRUE.equals(get(settings, path));
  }

  Object get(String path) {
    return get(root, path);
  }

  @SuppressWarnings("unchecked")
  static Object get(Map<String, Object> from, String path) {
    Object current = from;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = ((Map<String, Object>) map).get(part);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(String path) {
    return (Map<String, Object>) get(path);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> source) {
    Map<String, Object> copy = new LinkedHashMap<>();
    source.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static void merge(Map<String, Object> target, Map<String, Object> overrides) {
    overrides.forEach((key, value) -> {
      if (value instanceof Map<?, ?> map && target.get(key) instanceof Map<?, ?> existing) {
        merge((Map<String, Object>) existing, (Map<String, Object>) map);
      } else {
        target.put(key, value);
      }
    });
  }
}
