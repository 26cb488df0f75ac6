package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The topic hook Job, the `helm test` pod, NOTES.txt and the discovery RBAC. */
class HooksTest {

  private static final String HOOK = Chart.HOOK_ANNOTATION;

  @Test
  void chartSources_declareTheTopicJobAsAPreInstallAndPreUpgradeHook() {
    String job = Chart.source("templates/kafka-topics-job.yaml");
    assertThat(job).contains("kind: Job")
        .contains("\"helm.sh/hook\": pre-install,pre-upgrade")
        .contains("\"helm.sh/hook-delete-policy\": before-hook-creation,hook-succeeded");
  }

  @Test
  void chartSources_declareTheSmokeTestPod() {
    assertThat(Chart.source("templates/tests/test-edge.yaml")).contains("kind: Pod").contains("\"helm.sh/hook\": test");
  }

  @Test
  void topicJob_createsEveryTopicIdempotentlyBeforeTheServicesStart() {
    Job job = Chart.render(Chart.DEFAULTS).find(Job.class, Chart.RELEASE + "-bazaar-kafka-topics").orElseThrow();
    assertThat(job.getMetadata().getAnnotations()).containsEntry(HOOK, "pre-install,pre-upgrade");
    Container container = job.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(String.join(" ", container.getArgs())).contains("--create --if-not-exists");
    assertThat(container.getEnv()).anySatisfy(env -> {
      assertThat(env.getName()).isEqualTo("TOPICS");
      assertThat(env.getValue().split(" ")).contains("order.events", "stock.events", "payment.events",
          "product.events", "user.events", "review.events", "orders.dlq", "inventory.dlq");
    });
    assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    assertThat(job.getSpec().getActiveDeadlineSeconds()).isPositive();
  }

  @Test
  void topicJob_isLeftOutWhenTopicsAreManagedElsewhere() {
    assertThat(Chart.render("static-discovery-values.yaml").all(Job.class)).isEmpty();
  }

  @Test
  void testPod_makesASmokeRequestThroughTheEdge() {
    Pod pod = Chart.render(Chart.DEFAULTS).find(Pod.class, Chart.RELEASE + "-bazaar-test-edge").orElseThrow();
    assertThat(pod.getMetadata().getAnnotations()).containsEntry(HOOK, "test");
    Container container = pod.getSpec().getContainers().get(0);
    assertThat(String.join(" ", container.getArgs())).contains("$EDGE/health/ready").contains("$EDGE/api/v1/products");
    assertThat(container.getEnv()).anySatisfy(env ->
        assertThat(env.getValue()).isEqualTo("http://" + Chart.RELEASE + "-bazaar-edge:8080"));
  }

  @Test
  void edgeRole_grantsExactlyListAndWatchOnServices() {
    Rendered rendered = Chart.render(Chart.DEFAULTS);
    Role role = rendered.find(Role.class, Chart.RELEASE + "-bazaar-edge-discovery").orElseThrow();
    assertThat(role.getRules()).singleElement().satisfies((PolicyRule rule) -> {
      assertThat(rule.getApiGroups()).containsExactly("");
      assertThat(rule.getResources()).containsExactly("services");
      assertThat(rule.getVerbs()).containsExactlyInAnyOrder("list", "watch");
      assertThat(rule.getResourceNames()).isNullOrEmpty();
    });
    RoleBinding binding = rendered.find(RoleBinding.class, role.getMetadata().getName()).orElseThrow();
    assertThat(binding.getSubjects()).singleElement().satisfies(subject -> {
      assertThat(subject.getKind()).isEqualTo("ServiceAccount");
      assertThat(subject.getName()).isEqualTo(Chart.RELEASE + "-bazaar-edge");
    });
    assertThat(rendered.all(io.fabric8.kubernetes.api.model.rbac.ClusterRole.class)).isEmpty();
    assertThat(rendered.all(io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding.class)).isEmpty();
  }

  @Test
  void staticDiscovery_needsNoRbacAndPassesEachServiceUrl() {
    Rendered rendered = Chart.render("static-discovery-values.yaml");
    assertThat(rendered.all(Role.class)).isEmpty();
    assertThat(rendered.all(RoleBinding.class)).isEmpty();
    var settings = rendered.find(io.fabric8.kubernetes.api.model.ConfigMap.class, Chart.RELEASE + "-bazaar-edge")
        .orElseThrow().getData();
    assertThat(settings).containsEntry("BAZAAR_DISCOVERY_MODE", "static")
        .containsEntry("BAZAAR_SERVICE_CATALOG_URL", "http://" + Chart.RELEASE + "-bazaar-catalog:8082")
        .doesNotContainKey("BAZAAR_SERVICE_RECOMMENDATIONS_URL") // disabled in that scenario
        .doesNotContainKey("BAZAAR_SERVICE_PAYMENTS_URL");       // never called by the edge
  }

  @ParameterizedTest
  @MethodSource("org.bazaar.charttests.Chart#scenarios")
  void notes_tellTheOperatorWhichSecretsToCreateHowToReachTheEdgeAndHowToCheckHealth(String scenario) {
    String notes = Chart.notes(scenario);
    Values values = Values.of(scenario);
    assertThat(notes).contains((String) values.get("postgresql.existingSecret"), (String) values.get("jwt.existingSecret"),
        (String) values.get("admin.existingSecret"));
    assertThat(notes).contains("kubectl -n " + Chart.NAMESPACE + " port-forward svc/" + Chart.RELEASE + "-bazaar-edge 8080:8080")
        .contains("/health/ready").contains("helm test " + Chart.RELEASE);
    if (Boolean.TRUE.equals(values.get("ingress.enabled"))) {
      assertThat(notes).contains("https://" + values.get("ingress.host") + "/api/v1");
    }
  }
}
