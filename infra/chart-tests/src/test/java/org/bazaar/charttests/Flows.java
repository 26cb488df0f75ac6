package org.bazaar.charttests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Evaluates NetworkPolicies the way Kubernetes does for pods of one namespace: a connection is allowed when the
 * source's egress and the destination's ingress both allow it (a side no policy isolates allows everything).
 */
record Flows(List<NetworkPolicy> policies, Map<String, String> namespaceLabels) {

  /** A pod of the release: its labels and its named ports. */
  record PodInfo(String component, Map<String, String> labels, Map<String, Integer> namedPorts) {
  }

  boolean allowed(PodInfo from, PodInfo to, int port) {
    return side(from, "Egress", to, port, to) && side(to, "Ingress", from, port, to);
  }

  private boolean side(PodInfo pod, String direction, PodInfo peer, int port, PodInfo destination) {
    List<NetworkPolicy> selecting = policies.stream()
        .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
        .filter(p -> p.getSpec().getPolicyTypes().contains(direction)).toList();
    if (selecting.isEmpty()) {
      return true;
    }
    for (NetworkPolicy policy : selecting) {
      if (direction.equals("Egress")) {
        for (var rule : policy.getSpec().getEgress()) {
          if (peersMatch(rule.getTo(), peer) && portsMatch(rule.getPorts(), port, destination)) {
            return true;
          }
        }
      } else {
        for (var rule : policy.getSpec().getIngress()) {
          if (peersMatch(rule.getFrom(), peer) && portsMatch(rule.getPorts(), port, destination)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean peersMatch(List<NetworkPolicyPeer> peers, PodInfo pod) {
    if (peers == null || peers.isEmpty()) {
      return true;
    }
    for (NetworkPolicyPeer peer : peers) {
      if (peer.getIpBlock() != null) {
        continue; // pod addresses are not in the blocks the chart uses for external systems
      }
      boolean namespaceOk = peer.getNamespaceSelector() == null || matches(peer.getNamespaceSelector(), namespaceLabels);
      boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
      if (namespaceOk && podOk) {
        return true;
      }
    }
    return false;
  }

  private static boolean portsMatch(List<NetworkPolicyPort> ports, int port, PodInfo destination) {
    if (ports == null || ports.isEmpty()) {
      return true;
    }
    for (NetworkPolicyPort candidate : ports) {
      if (!Objects.equals(candidate.getProtocol() == null ? "TCP" : candidate.getProtocol(), "TCP")) {
        continue;
      }
      IntOrString value = candidate.getPort();
      Integer number = value.getIntVal() != null ? value.getIntVal() : destination.namedPorts().get(value.getStrVal());
      if (number != null && number == port) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(LabelSelector selector, Map<String, String> labels) {
    if (selector == null) {
      return true;
    }
    if (selector.getMatchLabels() != null) {
      for (var entry : selector.getMatchLabels().entrySet()) {
        if (!entry.getValue().equals(labels.get(entry.getKey()))) {
          return false;
        }
      }
    }
    for (LabelSelectorRequirement requirement : selector.getMatchExpressions() == null
        ? new ArrayList<LabelSelectorRequirement>() : selector.getMatchExpressions()) {
      String value = labels.get(requirement.getKey());
      boolean ok = switch (requirement.getOperator()) {
        case "In" -> value != null && requirement.getValues().contains(value);
        case "NotIn" -> value == null || !requirement.getValues().contains(value);
        case "Exists" -> value != null;
        case "DoesNotExist" -> value == null;
        default -> throw new IllegalArgumentException(requirement.getOperator());
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
