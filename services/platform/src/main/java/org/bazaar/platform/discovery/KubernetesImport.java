package org.bazaar.platform.discovery;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.bazaar.platform.config.ConfigException;
import org.bazaar.platform.config.Env;

/**
 * Settings of the Vert.x Kubernetes service importer: which namespace's Services to import
 * ({@code BAZAAR_KUBERNETES_NAMESPACE}, else the pod's service-account namespace file) and which release's
 * Services count ({@code BAZAAR_KUBERNETES_INSTANCE}, matched against {@code app.kubernetes.io/instance}).
 */
record KubernetesImport(String namespace, String instance) {

  /** Where Kubernetes mounts the namespace of a pod that has a service-account token. */
  static final String NAMESPACE_FILE = "/var/run/secrets/kubernetes.io/serviceaccount/namespace";

  static Future<KubernetesImport> from(Vertx vertx, Env env, String namespaceFile) {
    String instance = env.string("BAZAAR_KUBERNETES_INSTANCE", null);
    return env.find("BAZAAR_KUBERNETES_NAMESPACE")
        .map(namespace -> Future.succeededFuture(new KubernetesImport(namespace, instance)))
        .orElseGet(() -> vertx.fileSystem().readFile(namespaceFile)
            .map(content -> content.toString().trim())
            .recover(e -> Future.failedFuture(new ConfigException("BAZAAR_KUBERNETES_NAMESPACE must be set when "
                + namespaceFile + " cannot be read (" + e.getMessage() + ")")))
            .compose(namespace -> namespace.isEmpty()
                ? Future.failedFuture(new ConfigException(namespaceFile + " is empty: set BAZAAR_KUBERNETES_NAMESPACE"))
                : Future.succeededFuture(new KubernetesImport(namespace, instance))));
  }

  /** The importer's configuration; it reaches the API server at KUBERNETES_SERVICE_HOST/PORT with the pod's token. */
  JsonObject importerConfiguration() {
    return new JsonObject().put("namespace", namespace);
  }
}
