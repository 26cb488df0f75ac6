package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The operator's checklist, on every workload of every scenario. */
class WorkloadPolicyTest {

  private static final List<String> STANDARD_LABELS = List.of("app.kubernetes.io/name", "app.kubernetes.io/instance",
      "app.kubernetes.io/version", "app.kubernetes.io/managed-by", "app.kubernetes.io/component",
      "app.kubernetes.io/part-of", "helm.sh/chart");

  static List<String> scenarios() {
    return Chart.scenarios();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyContainer_hasRequestsAndLimits(String scenario) {
    forEachContainer(scenario, (id, c) -> {
      assertThat(c.getResources().getRequests()).as(id + " requests").containsKeys("cpu", "memory");
      assertThat(c.getResources().getLimits()).as(id + " limits").containsKeys("cpu", "memory");
    });
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyPod_runsAsNonRootWithAReadOnlyRootAndNoCapabilities(String scenario) {
    Chart.render(scenario).podSpecs().forEach((id, pod) -> {
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(id + " runAsNonRoot").isTrue();
      assertThat(pod.getSecurityContext().getRunAsUser()).as(id + " runAsUser").isPositive();
      assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as(id + " seccomp").isEqualTo("RuntimeDefault");
      assertThat(pod.getHostNetwork()).as(id + " hostNetwork").isNotEqualTo(Boolean.TRUE);
      for (Container c : pod.getContainers()) {
        var security = c.getSecurityContext();
        assertThat(security.getReadOnlyRootFilesystem()).as(id + " read-only root").isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).as(id + " privilege escalation").isFalse();
        assertThat(security.getCapabilities().getDrop()).as(id + " capabilities").containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).as(id + " added capabilities").isNullOrEmpty();
        assertThat(security.getPrivileged()).as(id + " privileged").isNotEqualTo(Boolean.TRUE);
      }
    });
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyImage_isPinnedToATagOtherThanLatest(String scenario) {
    forEachContainer(scenario, (id, c) -> {
      String image = c.getImage();
      String tag = image.substring(image.lastIndexOf('/') + 1);
      assertThat(tag).as(id + " image " + image).contains(":").doesNotEndWith(":latest");
    });
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyService_hasStartupLivenessAndReadinessProbesOnItsHealthEndpoints(String scenario) {
    for (Deployment d : Chart.render(scenario).deployments()) {
      Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
      String id = d.getMetadata().getName();
      assertProbe(id + " startup", c.getStartupProbe(), "/health/live");
      assertProbe(id + " liveness", c.getLivenessProbe(), "/health/live");
      assertProbe(id + " readiness", c.getReadinessProbe(), "/health/ready");
      assertThat(d.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds()).as(id + " grace period")
          .isGreaterThan(30L); // the shutdown hook waits up to 30 s for the service to stop
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void onlyTheEdgeInKubernetesMode_getsAnApiToken(String scenario) {
    boolean kubernetesMode = "kubernetes".equals(Values.of(scenario).get("discovery.mode"));
    Chart.render(scenario).podSpecs().forEach((id, pod) -> {
      boolean expected = kubernetesMode && id.equals("Deployment/" + Chart.RELEASE + "-bazaar-edge");
      assertThat(pod.getAutomountServiceAccountToken()).as(id + " automountServiceAccountToken").isEqualTo(expected);
    });
    assertThat(Chart.render(scenario).all(io.fabric8.kubernetes.api.model.ServiceAccount.class))
        .allSatisfy(sa -> assertThat(sa.getAutomountServiceAccountToken()).isFalse());
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void secrets_comeOnlyFromSecretReferences(String scenario) {
    forEachContainer(scenario, (id, c) -> {
      for (EnvVar env : c.getEnv()) {
        if (env.getName().matches(".*(PASSWORD|PRIVATE_KEY|SECRET|TOKEN).*")) {
          assertThat(env.getValue()).as(id + " " + env.getName() + " as a plain value").isNull();
          assertThat(env.getValueFrom().getSecretKeyRef()).as(id + " " + env.getName()).isNotNull();
        }
      }
    });
    Chart.render(scenario).all(io.fabric8.kubernetes.api.model.ConfigMap.class).forEach(cm ->
        assertThat(cm.getData().keySet()).as(cm.getMetadata().getName())
            .noneMatch(k -> k.matches(".*(PASSWORD|PRIVATE_KEY|SECRET|TOKEN).*")));
    assertThat(Chart.render(scenario).all(io.fabric8.kubernetes.api.model.Secret.class)).as("Secrets rendered").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void pdbAndHpa_existExactlyWhenEnabled(String scenario) {
    Values values = Values.of(scenario);
    Rendered rendered = Chart.render(scenario);
    for (String service : values.enabledServices()) {
      Map<String, Object> settings = values.service(service);
      String name = Chart.RELEASE + "-bazaar-" + service;
      assertThat(rendered.find(PodDisruptionBudget.class, name).isPresent()).as(name + " PDB")
          .isEqualTo(values.flag(settings, "podDisruptionBudget.enabled"));
      boolean autoscaled = values.flag(settings, "autoscaling.enabled");
      assertThat(rendered.find(HorizontalPodAutoscaler.class, name).isPresent()).as(name + " HPA").isEqualTo(autoscaled);
      Deployment deployment = rendered.find(Deployment.class, name).orElseThrow();
      assertThat(deployment.getSpec().getReplicas() == null).as(name + " replicas left to the HPA").isEqualTo(autoscaled);
      rendered.find(HorizontalPodAutoscaler.class, name).ifPresent(hpa ->
          assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(name));
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyObject_carriesTheStandardLabels(String scenario) {
    for (HasMetadata object : Chart.render(scenario).objects()) {
      assertThat(object.getMetadata().getLabels()).as(object.getKind() + "/" + object.getMetadata().getName())
          .containsKeys(STANDARD_LABELS.toArray(String[]::new))
          .containsEntry("app.kubernetes.io/instance", Chart.RELEASE)
          .containsEntry("app.kubernetes.io/managed-by", "Helm");
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyServiceObject_selectsItsDeploymentAndIsLabelledForDiscovery(String scenario) {
    Rendered rendered = Chart.render(scenario);
    for (Service service : rendered.all(Service.class)) {
      String component = Rendered.component(service);
      Deployment deployment = rendered.find(Deployment.class, service.getMetadata().getName()).orElseThrow();
      assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
          .containsAllEntriesOf(service.getSpec().getSelector());
      assertThat(service.getMetadata().getLabels()).containsEntry("bazaar.service", component)
          .containsEntry("service-type", "http-endpoint");
      int containerPort = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0)
          .getContainerPort();
      assertThat(service.getSpec().getPorts()).singleElement()
          .satisfies(p -> assertThat(p.getPort()).isEqualTo(containerPort));
    }
  }

  private static void assertProbe(String id, Probe probe, String path) {
    assertThat(probe).as(id).isNotNull();
    assertThat(probe.getHttpGet().getPath()).as(id + " path").isEqualTo(path);
    assertThat(probe.getHttpGet().getPort().getStrVal()).as(id + " port").isEqualTo("http");
  }

  private static void forEachContainer(String scenario, java.util.function.BiConsumer<String, Container> check) {
    for (Map.Entry<String, PodSpec> pod : Chart.render(scenario).podSpecs().entrySet()) {
      for (Container c : pod.getValue().getContainers()) {
        check.accept(pod.getKey() + "/" + c.getName(), c);
      }
      assertThat(pod.getValue().getInitContainers()).as(pod.getKey() + " init containers").isNullOrEmpty();
    }
  }
}
