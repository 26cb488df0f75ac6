package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The strict validation itself: it must catch what a lenient parse would silently drop. */
class UnknownFieldsTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: typo
      spec:
        selector:
          matchLabels: {app: typo}
        template:
          metadata:
            labels: {app: typo}
          spec:
            %s
      """;

  @Test
  void misspeltField_isFound() {
    Rendered rendered = Rendered.parse("typo", DEPLOYMENT.formatted("contianers: []"));
    assertThat(UnknownFields.in(rendered.objects().get(0))).singleElement().asString()
        .contains(".spec.template.spec").contains("contianers");
  }

  @Test
  void fieldAtTheWrongLevel_isFound() {
    Rendered rendered = Rendered.parse("typo", DEPLOYMENT.formatted(
        "containers: [{name: c, image: 'i:1', readOnlyRootFilesystem: true}]"));
    assertThat(UnknownFields.in(rendered.objects().get(0))).singleElement().asString()
        .contains("containers[0]").contains("readOnlyRootFilesystem");
  }

  @Test
  void wrongScalarType_failsToParse() {
    assertThatThrownBy(() -> Rendered.parse("typo", DEPLOYMENT.formatted(
        "containers: [{name: c, image: 'i:1'}]\n      terminationGracePeriodSeconds: soon")))
        .hasMessageContaining("soon");
  }

  @Test
  void validDeployment_hasNoUnknownField() {
    Rendered rendered = Rendered.parse("ok", DEPLOYMENT.formatted("containers: [{name: c, image: 'i:1'}]"));
    assertThat(UnknownFields.in(rendered.objects().get(0))).isEmpty();
  }
}
