package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario lints strictly, renders, and renders only objects the Kubernetes model knows field by field. */
class RenderTest {

  static List<String> scenarios() {
    return Chart.scenarios();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  @DisplayName("helm lint --strict passes with the scenario's values")
  void lintsStrictly(String scenario, @TempDir Path work) {
    LintResult result = Chart.lint(scenario, work);
    assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    assertThat(result.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  @DisplayName("every rendered object is a known kind with no unknown field")
  void rendersValidObjects(String scenario) {
    Rendered rendered = Chart.render(scenario);
    assertThat(rendered.objects()).isNotEmpty();
    for (HasMetadata object : rendered.objects()) {
      String id = scenario + ": " + object.getKind() + "/" + object.getMetadata().getName();
      assertThat(object).as(id + " is of a kind the model does not know").isNotInstanceOf(GenericKubernetesResource.class);
      assertThat(UnknownFields.in(object)).as(id + " has fields its kind does not define").isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  @DisplayName("object names are unique per kind and short enough for Kubernetes")
  void namesAreUniqueAndValid(String scenario) {
    List<String> ids = Chart.render(scenario).objects().stream()
        .map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(Chart.render(scenario).objects()).allSatisfy(o ->
        assertThat(o.getMetadata().getName()).matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?"));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  @DisplayName("one Deployment per enabled service")
  void oneDeploymentPerService(String scenario) {
    List<String> expected = Values.of(scenario).enabledServices();
    assertThat(Chart.render(scenario).deployments()).extracting(Rendered::component)
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
