package org.bazaar.events;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The schema files and fixtures of one folder on disk ({@code schemas/} or {@code released/}), by relative path. */
final class SchemaTree {

  static final Path SCHEMAS = Path.of("schemas");
  static final Path RELEASED = Path.of("released");
  static final Path INVALID = Path.of("src/test/resources/invalid");

  private SchemaTree() {
  }

  /** {@code order/order-placed.v1.json}, {@code common/money.v1.json}. */
  static boolean isSchema(String file) {
    return file.matches(".*\\.v[0-9]+\\.json");
  }

  /** {@code order/order-placed.v1-minimal.json}. */
  static boolean isFixture(String file) {
    return file.matches(".*\\.v[0-9]+-[a-z0-9-]+\\.json");
  }

  static boolean isEventSchema(String file) {
    return isSchema(file) && !file.startsWith("common/");
  }

  /** The schema a fixture belongs to: {@code order/order-placed.v1-full.json} gives {@code order/order-placed.v1.json}. */
  static String schemaOf(String fixture) {
    return fixture.replaceFirst("(\\.v[0-9]+)-[a-z0-9-]+\\.json$", "$1.json");
  }

  /** The event type of a fixture or event schema file. */
  static String typeOf(String file) {
    return SchemaPaths.typeOf(isFixture(file) ? schemaOf(file) : file);
  }

  static Map<String, JsonObject> files(Path root) {
    Map<String, JsonObject> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.filter(Files::isRegularFile)
          .forEach(path -> files.put(root.relativize(path).toString().replace('\\', '/'), read(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static Map<String, JsonObject> schemas(Path root) {
    Map<String, JsonObject> schemas = files(root);
    schemas.keySet().removeIf(file -> !isSchema(file));
    return schemas;
  }

  static Map<String, JsonObject> fixtures(Path root) {
    Map<String, JsonObject> fixtures = files(root);
    fixtures.keySet().removeIf(file -> !isFixture(file));
    return fixtures;
  }

  static JsonObject read(Path path) {
    try {
      return new JsonObject(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Not a JSON object: " + path, e);
    }
  }
}
