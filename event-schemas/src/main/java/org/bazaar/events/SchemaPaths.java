package org.bazaar.events;

import java.util.Map;

/** Maps event types to schema files and {@code $id}s: {@code <context>/<entity>-<event>.v<N>.json}. */
final class SchemaPaths {

  static final String BASE_URI = "https://schemas.bazaar.local/";
  static final String RESOURCE_ROOT = "schemas/";

  /** The bounded context (schema folder) that owns each aggregate. */
  private static final Map<String, String> CONTEXT_BY_AGGREGATE = Map.of(
      "product", "catalog",
      "stock", "inventory",
      "order", "order",
      "payment", "payment",
      "user", "identity",
      "review", "review");

  /** Events owned by another context than their aggregate's, by {@code <aggregate>.<event>} (every major version). */
  private static final Map<String, String> CONTEXT_BY_EVENT = Map.of(
      "product.viewed", "browsing");

  private SchemaPaths() {
  }

  /** {@code org.bazaar.order.placed.v1} becomes {@code order/order-placed.v1.json}. */
  static String fileOf(String type) {
    String[] parts = type.split("\\.");
    if (parts.length != 5 || !type.startsWith("org.bazaar.") || !CONTEXT_BY_AGGREGATE.containsKey(parts[2])) {
      throw new IllegalArgumentException("Not a Bazaar event type: " + type);
    }
    String context = CONTEXT_BY_EVENT.getOrDefault(parts[2] + "." + parts[3], CONTEXT_BY_AGGREGATE.get(parts[2]));
    return context + "/" + parts[2] + "-" + parts[3] + "." + parts[4] + ".json";
  }

  /** {@code order/order-placed.v1.json} becomes {@code org.bazaar.order.placed.v1}. */
  static String typeOf(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    if (!name.matches("[a-z]+-[a-z]+\\.v[0-9]+\\.json")) {
      throw new IllegalArgumentException("Not an event schema file name: " + file);
    }
    String stem = name.substring(0, name.length() - ".json".length());
    return "org.bazaar." + stem.replace('-', '.');
  }

  static String idOf(String type) {
    return BASE_URI + fileOf(type);
  }

  /** The classpath resource behind an absolute schema URI (its fragment dropped). */
  static String resourceOf(String uri) {
    String withoutFragment = uri.contains("#") ? uri.substring(0, uri.indexOf('#')) : uri;
    if (!withoutFragment.startsWith(BASE_URI)) {
      throw new IllegalArgumentException("Schema outside " + BASE_URI + ": " + uri);
    }
    return RESOURCE_ROOT + withoutFragment.substring(BASE_URI.length());
  }
}
