package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * tracing.* reaches every service as BAZAAR_OTEL_* (ADR 0014), and the services, and only they, may reach the
 * collector when tracing is on.
 */
class TracingTest {

  private static final String SCENARIO = "tracing-values.yaml";
  private static final int OTLP_HTTP = 4318;

  @ParameterizedTest
  @MethodSource("org.bazaar.charttests.Chart#scenarios")
  void everyService_getsTheTracingSettingsOfItsScenario(String scenario) {
    Values values = Values.of(scenario);
    boolean enabled = Boolean.TRUE.equals(values.get("tracing.enabled"));
    Rendered rendered = Chart.render(scenario);
    for (String service : values.enabledServices()) {
      Map<String, String> settings = settings(rendered, service);
      assertThat(settings).as(scenario + ": " + service)
          .containsEntry("BAZAAR_OTEL_EXPORTER", enabled ? "otlp" : "none")
          .containsEntry("BAZAAR_OTEL_SAMPLING_RATIO", String.valueOf(values.get("tracing.samplingRatio")));
      if (enabled) {
        assertThat(settings).as(scenario + ": " + service)
            .containsEntry("BAZAAR_OTEL_ENDPOINT", (String) values.get("tracing.otlpEndpoint"));
      } else {
        assertThat(settings).as(scenario + ": " + service).doesNotContainKey("BAZAAR_OTEL_ENDPOINT");
      }
    }
  }

  @Test
  void tracingScenario_exportsAQuarterOfNewTracesFromEveryServiceToTheCollector() {
    Rendered rendered = Chart.render(SCENARIO);
    List<String> services = Values.of(SCENARIO).enabledServices();
    assertThat(services).hasSize(10);
    for (String service : services) {
      assertThat(settings(rendered, service)).as(service)
          .containsEntry("BAZAAR_OTEL_EXPORTER", "otlp")
          .containsEntry("BAZAAR_OTEL_ENDPOINT", "http://otel-collector.observability.svc:4318/v1/traces")
          .containsEntry("BAZAAR_OTEL_SAMPLING_RATIO", "0.25");
    }
  }

  @Test
  void inlineSettings_carryTracingToo() {
    Rendered rendered = Rendered.parse("inline", Chart.template(Chart.DEFAULTS, Map.of(
        "tracing.enabled", true, "serviceDefaults.configMap.enabled", false)));
    assertThat(rendered.all(ConfigMap.class)).isEmpty();
    for (Deployment deployment : rendered.deployments()) {
      assertThat(inlineEnv(deployment)).as(deployment.getMetadata().getName())
          .containsEntry("BAZAAR_OTEL_EXPORTER", "otlp")
          .containsEntry("BAZAAR_OTEL_ENDPOINT", "http://otel-collector:4318/v1/traces")
          .containsEntry("BAZAAR_OTEL_SAMPLING_RATIO", "1");
    }
  }

  @Test
  void aRatioGivenWithSet_rendersAsGiven() {
    // --set gives decimals as strings; the schema takes them and the services parse them
    Rendered rendered = Rendered.parse("set", Chart.template(Chart.DEFAULTS, Map.of("tracing.samplingRatio", "0.05")));
    assertThat(settings(rendered, "orders")).containsEntry("BAZAAR_OTEL_SAMPLING_RATIO", "0.05");
  }

  @Test
  void changingTheRatio_rollsThePods() {
    Rendered other = Rendered.parse("ratio", Chart.template(SCENARIO, Map.of("tracing.samplingRatio", "0.5")));
    String name = Chart.RELEASE + "-bazaar-catalog";
    assertThat(checksum(other, name)).isNotEqualTo(checksum(Chart.render(SCENARIO), name));
  }

  @ParameterizedTest
  @MethodSource("org.bazaar.charttests.NetworkPolicyTest#scenarios")
  void collectorEgress_existsForEveryServiceOnlyWhenTracingIsOn(String scenario) {
    Values values = Values.of(scenario);
    boolean enabled = Boolean.TRUE.equals(values.get("tracing.enabled"));
    for (NetworkPolicy policy : Chart.render(scenario).all(NetworkPolicy.class)) {
      String component = Rendered.component(policy);
      boolean service = values.enabledServices().contains(component);
      List<NetworkPolicyEgressRule> toCollector = collectorRules(policy, values);
      assertThat(toCollector).as(scenario + ": " + component + " -> collector").hasSize(enabled && service ? 1 : 0);
    }
  }

  @Test
  void collectorEgress_isNarrowedToThePeersAndPortsConfigured() {
    Values values = Values.of(SCENARIO);
    for (String service : values.enabledServices()) {
      NetworkPolicy policy = Chart.render(SCENARIO).find(NetworkPolicy.class, Chart.RELEASE + "-bazaar-" + service)
          .orElseThrow();
      assertThat(collectorRules(policy, values)).as(service).singleElement().satisfies(rule -> {
        assertThat(rule.getPorts()).singleElement().satisfies(port -> {
          assertThat(port.getPort().getIntVal()).isEqualTo(OTLP_HTTP);
          assertThat(port.getProtocol()).isEqualTo("TCP");
        });
        assertThat(rule.getTo()).singleElement().satisfies((NetworkPolicyPeer peer) -> {
          assertThat(peer.getNamespaceSelector().getMatchLabels())
              .containsExactly(Map.entry("kubernetes.io/metadata.name", "observability"));
          assertThat(peer.getPodSelector().getMatchLabels())
              .containsExactly(Map.entry("app.kubernetes.io/name", "opentelemetry-collector"));
        });
      });
    }
  }

  @Test
  void collectorEgress_withoutPeers_allowsAnyAddressOnTheCollectorPorts() {
    Rendered rendered = Rendered.parse("any", Chart.template(Chart.DEFAULTS, Map.of("tracing.enabled", true)));
    NetworkPolicy policy = rendered.find(NetworkPolicy.class, Chart.RELEASE + "-bazaar-payments").orElseThrow();
    assertThat(policy.getSpec().getEgress()).filteredOn(rule -> rule.getPorts().stream()
            .anyMatch(p -> Integer.valueOf(OTLP_HTTP).equals(p.getPort().getIntVal())))
        .singleElement().satisfies(rule -> assertThat(rule.getTo()).isNullOrEmpty());
  }

  /** The egress rules of a policy that are exactly networkPolicy.tracing (its ports, its peers). */
  private static List<NetworkPolicyEgressRule> collectorRules(NetworkPolicy policy, Values values) {
    List<?> ports = (List<?>) values.get("networkPolicy.tracing.ports");
    List<?> peers = (List<?>) values.get("networkPolicy.tracing.to");
    return policy.getSpec().getEgress().stream()
        .filter(rule -> rule.getPorts() != null && rule.getPorts().size() == ports.size()
            && rule.getPorts().stream().allMatch(p -> ports.contains(p.getPort().getIntVal())))
        .filter(rule -> (rule.getTo() == null ? 0 : rule.getTo().size()) == peers.size())
        .toList();
  }

  /** A service's plain settings: its ConfigMap, or its container's inline env when the ConfigMap is off. */
  private static Map<String, String> settings(Rendered rendered, String service) {
    String name = Chart.RELEASE + "-bazaar-" + service;
    return rendered.find(ConfigMap.class, name).map(ConfigMap::getData)
        .orElseGet(() -> inlineEnv(rendered.find(Deployment.class, name).orElseThrow()));
  }

  private static Map<String, String> inlineEnv(Deployment deployment) {
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvVar var : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
      if (var.getValue() != null) {
        env.put(var.getName(), var.getValue());
      }
    }
    return env;
  }

  private static String checksum(Rendered rendered, String deployment) {
    return rendered.find(Deployment.class, deployment).orElseThrow().getSpec().getTemplate().getMetadata()
        .getAnnotations().get("checksum/settings");
  }
}
