package org.bazaar.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** {@code asyncapi.yaml} parsed into maps, with small navigation helpers for tests. */
final class AsyncApiDocument {

  static final Path FILE = Path.of("asyncapi.yaml");

  private final Map<String, Object> root;

  private AsyncApiDocument(Map<String, Object> root) {
    this.root = root;
  }

  static AsyncApiDocument load() {
    try (InputStream in = Files.newInputStream(FILE)) {
      return new AsyncApiDocument(new Yaml().load(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, Object> root() {
    return root;
  }

  /** The value at a path of keys, or {@code null}. */
  @SuppressWarnings("unchecked")
  <T> T at(Object... keys) {
    Object node = root;
    for (Object key : keys) {
      if (node instanceof Map<?, ?> map) {
        node = map.get(key);
      } else if (node instanceof List<?> list && key instanceof Integer index) {
        node = index < list.size() ? list.get(index) : null;
      } else {
        return null;
      }
    }
    return (T) node;
  }

  /** Follows a local reference such as {@code #/components/messages/orderPlacedV1}. */
  <T> T ref(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("Not a local reference: " + ref);
    }
    return at((Object[]) ref.substring(2).split("/"));
  }

  Map<String, Map<String, Object>> channels() {
    return at("channels");
  }

  Map<String, Map<String, Object>> operations() {
    return at("operations");
  }

  Map<String, Map<String, Object>> messages() {
    return at("components", "messages");
  }
}
