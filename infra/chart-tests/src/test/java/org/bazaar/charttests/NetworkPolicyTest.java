package org.bazaar.charttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.Pod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Default deny, then exactly the shop's flows: clients -> edge, edge -> each service, services -> Kafka and
 * Postgres, payments -> provider, notifications -> SMTP, the edge -> API server (kubernetes discovery), every
 * service -> the OpenTelemetry collector (tracing on), the topic Job -> Kafka, the test pod -> edge, Prometheus ->
 * every service when configured, everyone -> DNS. Nothing else.
 */
class NetworkPolicyTest {

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

  static List<String> scenarios() {
    return Chart.scenarios().stream().filter(s -> Values.of(s).get("networkPolicy.enabled").equals(true)).toList();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void defaultDeny_isolatesEveryPodOfTheReleaseWhosePolicyIsOn(String scenario) {
    Rendered rendered = Chart.render(scenario);
    Values values = Values.of(scenario);
    NetworkPolicy deny = rendered.find(NetworkPolicy.class, Chart.RELEASE + "-bazaar-default-deny").orElseThrow();
    assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
    assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
    assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
    for (Flows.PodInfo pod : pods(rendered).values()) {
      assertThat(Flows.matches(deny.getSpec().getPodSelector(), pod.labels())).as(pod.component())
          .isEqualTo(isolated(values, pod.component()));
      assertThat(rendered.find(NetworkPolicy.class, Chart.RELEASE + "-bazaar-" + pod.component()).isPresent())
          .as(pod.component() + " has its own policy").isEqualTo(isolated(values, pod.component()));
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void podToPod_onlyTheEdgeCallsServicesAndOnlyTheTestPodCallsTheEdgeFromInside(String scenario) {
    Rendered rendered = Chart.render(scenario);
    Flows flows = new Flows(rendered.all(NetworkPolicy.class), Map.of("kubernetes.io/metadata.name", Chart.NAMESPACE));
    Values values = Values.of(scenario);
    Map<String, Flows.PodInfo> pods = new LinkedHashMap<>(pods(rendered));
    pods.keySet().removeIf(component -> !isolated(values, component)); // a pod left open is open by choice
    Set<String> allowed = new TreeSet<>();
    for (Flows.PodInfo from : pods.values()) {
      for (Flows.PodInfo to : pods.values()) {
        for (int port : to.namedPorts().values()) {
          if (from != to && flows.allowed(from, to, port)) {
            allowed.add(from.component() + " -> " + to.component() + ":" + port);
          }
        }
      }
    }
    Set<String> expected = new TreeSet<>();
    for (String service : pods.keySet().stream().filter(values.enabledServices()::contains).toList()) {
      int port = (Integer) values.service(service).get("port");
      if (service.equals("edge")) {
        expected.add("test -> edge:" + port);
      } else if (values.edgeCalls(service)) {
        expected.add("edge -> " + service + ":" + port);
      }
    }
    assertThat(allowed).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void egressOutsideTheRelease_isExactlyWhatEachPodUses(String scenario) {
    Rendered rendered = Chart.render(scenario);
    Values values = Values.of(scenario);
    for (NetworkPolicy policy : rendered.all(NetworkPolicy.class)) {
      String component = Rendered.component(policy);
      if (component.equals("default-deny")) {
        continue;
      }
      Set<String> actual = new TreeSet<>();
      for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
        boolean toPods = rule.getTo() != null && !rule.getTo().isEmpty()
            && rule.getTo().stream().allMatch(p -> p.getPodSelector() != null && p.getNamespaceSelector() == null);
        if (!toPods) {
          actual.add(canonical(rule.getPorts(), rule.getTo()));
        }
      }
      List<String> external = new ArrayList<>(List.of("dns"));
      if (component.equals("kafka-topics")) {
        external.add("kafka");
      } else if (!component.equals("test")) {
        values.uses(component).stream().filter(u -> !u.startsWith("jwt") && !u.equals("adminBootstrap"))
            .forEach(external::add);
        if (component.equals("edge") && "kubernetes".equals(values.get("discovery.mode"))) {
          external.add("kubernetesApi");
        }
        if (Boolean.TRUE.equals(values.get("tracing.enabled"))) {
          external.add("tracing");
        }
      }
      Set<String> expected = new TreeSet<>();
      for (String name : external) {
        Map<String, Object> target = values.map("networkPolicy." + name);
        expected.add(canonical(ports(target, name.equals("dns")), target.get("to")));
      }
      assertThat(actual).as(scenario + ": external egress of " + component).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void ingress_isClientsToTheEdgeAndTheEdgeToServicesPlusPrometheusWhenConfigured(String scenario) {
    Rendered rendered = Chart.render(scenario);
    Values values = Values.of(scenario);
    Object metricsFrom = values.get("networkPolicy.metricsFrom");
    boolean scraped = metricsFrom instanceof List<?> list && !list.isEmpty();
    for (String service : values.enabledServices().stream().filter(s -> isolated(values, s)).toList()) {
      NetworkPolicy policy = rendered.find(NetworkPolicy.class, Chart.RELEASE + "-bazaar-" + service).orElseThrow();
      List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress() == null ? List.of()
          : policy.getSpec().getIngress();
      boolean called = service.equals("edge") || values.edgeCalls(service);
      assertThat(rules).as(service).hasSize((called ? 1 : 0) + (scraped ? 1 : 0));
      assertThat(rules).allSatisfy(rule -> assertThat(rule.getPorts()).singleElement()
          .satisfies(p -> assertThat(p.getPort().getStrVal()).isEqualTo("http")));
      if (scraped) {
        assertThat(canonical(null, rules.get(rules.size() - 1).getFrom())).isEqualTo(canonical(null, metricsFrom));
      }
      Object clients = values.get("networkPolicy.edgeIngressFrom");
      if (service.equals("edge") && clients instanceof List<?> peers && peers.isEmpty()) {
        assertThat(rules.get(0).getFrom()).as("anyone may reach the edge").isNullOrEmpty();
      } else if (service.equals("edge")) {
        assertThat(rules.get(0).getFrom()).hasSize(((List<?>) clients).size() + 1);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("org.bazaar.charttests.Chart#scenarios")
  void disabled_rendersNoPolicyAtAll(String scenario) {
    if (Values.of(scenario).get("networkPolicy.enabled").equals(false)) {
      assertThat(Chart.render(scenario).all(NetworkPolicy.class)).isEmpty();
    }
  }

  /** Whether a component's pods are isolated: every service whose networkPolicy is on, the topic Job, the test pod. */
  private static boolean isolated(Values values, String component) {
    return !values.enabledServices().contains(component)
        || values.flag(values.service(component), "networkPolicy.enabled");
  }

  private static Map<String, Flows.PodInfo> pods(Rendered rendered) {
    Map<String, Flows.PodInfo> pods = new LinkedHashMap<>();
    for (Deployment d : rendered.deployments()) {
      Map<String, Integer> ports = new LinkedHashMap<>();
      for (ContainerPort port : d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts()) {
        ports.put(port.getName(), port.getContainerPort());
      }
      pods.put(Rendered.component(d), new Flows.PodInfo(Rendered.component(d), d.getSpec().getTemplate().getMetadata().getLabels(), ports));
    }
    for (Job job : rendered.all(Job.class)) {
      pods.put(Rendered.component(job), new Flows.PodInfo(Rendered.component(job), job.getSpec().getTemplate().getMetadata().getLabels(), Map.of()));
    }
    for (Pod pod : rendered.all(Pod.class)) {
      pods.put(Rendered.component(pod), new Flows.PodInfo(Rendered.component(pod), pod.getMetadata().getLabels(), Map.of()));
    }
    return pods;
  }

  private static List<Map<String, Object>> ports(Map<String, Object> target, boolean dns) {
    List<Map<String, Object>> ports = new ArrayList<>();
    for (Object port : (List<?>) target.get("ports")) {
      for (String protocol : dns ? List.of("UDP", "TCP") : List.of("TCP")) {
        ports.add(Map.of("port", port, "protocol", protocol));
      }
    }
    return ports;
  }

  /** Ports and peers as sorted JSON, whether they come from the model or from values. */
  private static String canonical(Object ports, Object peers) {
    try {
      Object peerList = peers == null || (peers instanceof List<?> l && l.isEmpty()) ? "anywhere" : peers;
      String portsJson = ports == null ? "" : sortedList(CANONICAL.readTree(CANONICAL.writeValueAsString(ports)));
      return "ports=" + portsJson + " to=" + sortedList(CANONICAL.readTree(CANONICAL.writeValueAsString(peerList)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sortedList(com.fasterxml.jackson.databind.JsonNode node) throws Exception {
    Object plain = CANONICAL.treeToValue(node, Object.class);
    if (plain instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      for (Object item : list) {
        items.add(CANONICAL.writeValueAsString(item));
      }
      items.sort(null);
      return items.toString();
    }
    return CANONICAL.writeValueAsString(plain);
  }
}
