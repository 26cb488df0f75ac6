package org.bazaar.charttests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

/**
 * The chart under test: its directory, its CI scenarios, and Helm (embedded, no binary, no cluster) to lint and
 * render it. Renders are cached per scenario, since every test class reads the same ones.
 */
final class Chart {

  static final Path DIR = Path.of(System.getProperty("bazaar.chart.dir", "../../helm/bazaar")).toAbsolutePath().normalize();
  static final String RELEASE = "shop";
  static final String NAMESPACE = "shop";
  /** The chart's own values.yaml, as a scenario of its own. */
  static final String DEFAULTS = "defaults";

  /** What the hook annotations are renamed to in the rendered copy, so that hooks render and stay recognisable. */
  static final String HOOK_ANNOTATION = "chart-tests.bazaar/hook";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();
  private static Path withHooksRendered;

  private Chart() {
  }

  /** "defaults" plus the name of every ci/*-values.yaml file. */
  static List<String> scenarios() {
    List<String> names = new ArrayList<>();
    names.add(DEFAULTS);
    try (Stream<Path> files = Files.list(DIR.resolve("ci"))) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-values.yaml")).sorted()
          .forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  static Rendered render(String scenario) {
    return RENDERED.computeIfAbsent(scenario, s -> Rendered.parse(s, template(s, Map.of())));
  }

  /**
   * Renders a scenario with extra --set values; throws IllegalStateException with Helm's message on failure.
   * Helm's template leaves hooks out (the topic Job, the test pod), so this renders a copy of the chart whose
   * hook annotations are renamed to {@link #HOOK_ANNOTATION}: the hooks render like any object and are checked
   * like any object.
   */
  static String template(String scenario, Map<String, Object> sets) {
    TemplateCommand command = new Helm(chartWithHooksRendered()).template().withName(RELEASE).withNamespace(NAMESPACE);
    if (!scenario.equals(DEFAULTS)) {
      command.withValuesFile(DIR.resolve("ci").resolve(scenario));
    }
    sets.forEach(command::set);
    return command.call();
  }

  /**
   * NOTES.txt as Helm renders it after an install. Helm's template does not render NOTES.txt, so a copy of the
   * chart gets a template that wraps it in a ConfigMap named "notes".
   */
  static String notes(String scenario) {
    try {
      Path dir = Files.createTempDirectory("bazaar-chart");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      Path copy = dir.resolve("bazaar");
      copyTree(DIR, copy);
      Files.writeString(copy.resolve("templates/zz-notes.yaml"), "{{- define \"chartTests.notes\" }}"
          + Files.readString(DIR.resolve("templates/NOTES.txt")) + "{{- end }}\n"
          + "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: notes\n"
          + "data:\n  notes: {{ include \"chartTests.notes\" . | quote }}\n");
      TemplateCommand command = new Helm(copy).template().withName(RELEASE).withNamespace(NAMESPACE);
      if (!scenario.equals(DEFAULTS)) {
        command.withValuesFile(DIR.resolve("ci").resolve(scenario));
      }
      Rendered rendered = Rendered.parse(scenario, command.call());
      return rendered.find(io.fabric8.kubernetes.api.model.ConfigMap.class, "notes").orElseThrow().getData().get("notes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scenario's values: the chart's values.yaml with the scenario file merged over it, as Helm merges them. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> values(String scenario) {
    try {
      Map<String, Object> values = YAML.readValue(DIR.resolve("values.yaml").toFile(), LinkedHashMap.class);
      if (!scenario.equals(DEFAULTS)) {
        merge(values, YAML.readValue(DIR.resolve("ci").resolve(scenario).toFile(), LinkedHashMap.class));
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lints the chart strictly with a scenario's values. Helm's lint takes no values file, so the chart is copied
   * with the scenario merged into its values.yaml.
   */
  static LintResult lint(String scenario, Path workDir) {
    try {
      Path copy = workDir.resolve("bazaar");
      copyTree(DIR, copy);
      YAML.writeValue(copy.resolve("values.yaml").toFile(), values(scenario));
      return new Helm(copy).lint().strict().call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String source(String relativePath) {
    try {
      return Files.readString(DIR.resolve(relativePath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Path chartWithHooksRendered() {
    if (withHooksRendered == null) {
      try {
        Path dir = Files.createTempDirectory("bazaar-chart");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        Path copy = dir.resolve("bazaar");
        copyTree(DIR, copy);
        try (Stream<Path> files = Files.walk(copy.resolve("templates"))) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Files.writeString(file, Files.readString(file).replace("\"helm.sh/hook", "\"" + HOOK_ANNOTATION));
          }
        }
        withHooksRendered = copy;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return withHooksRendered;
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

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
