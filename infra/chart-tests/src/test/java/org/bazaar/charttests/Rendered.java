package org.bazaar.charttests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** One scenario's rendered manifests, deserialised into the Kubernetes model. */
record Rendered(String scenario, List<HasMetadata> objects) {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static Rendered parse(String scenario, String manifests) {
    List<HasMetadata> objects = new ArrayList<>();
    for (String document : manifests.split("(?m)^---\\s*$")) {
      boolean empty = document.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
      if (empty) {
        continue;
      }
      KubernetesResource resource = SERIALIZATION.unmarshal(document, KubernetesResource.class);
      if (!(resource instanceof HasMetadata object)) {
        throw new IllegalStateException(scenario + ": not a Kubernetes object:\n" + document);
      }
      objects.add(object);
    }
    return new Rendered(scenario, List.copyOf(objects));
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
    return all(type).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst();
  }

  /** The component label of an object: a service name, or kafka-topics, test, default-deny... */
  static String component(HasMetadata object) {
    Map<String, String> labels = object.getMetadata().getLabels();
    return labels == null ? null : labels.get("app.kubernetes.io/component");
  }

  List<Deployment> deployments() {
    return all(Deployment.class);
  }

  /** Every pod template or pod of the release with the name of what owns it. */
  Map<String, PodSpec> podSpecs() {
    Map<String, PodSpec> specs = new java.util.LinkedHashMap<>();
    all(Deployment.class).forEach(d -> specs.put("Deployment/" + d.getMetadata().getName(), d.getSpec().getTemplate().getSpec()));
    all(Job.class).forEach(j -> specs.put("Job/" + j.getMetadata().getName(), j.getSpec().getTemplate().getSpec()));
    all(io.fabric8.kubernetes.api.model.Pod.class).forEach(p -> specs.put("Pod/" + p.getMetadata().getName(), p.getSpec()));
    return specs;
  }
}
