package org.bazaar.loadgen.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Prometheus text documents of the services' {@code /metrics}, keyed by URL; services not answering are left out. */
final class MetricsPages {

  private MetricsPages() {
  }

  static Map<String, String> fetch(List<String> metricsUrls) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(1))
        .build();
    Map<String, String> documents = new LinkedHashMap<>();
    for (String url : metricsUrls) {
      try {
        documents.put(url, http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString()).body());
      } catch (IOException | RuntimeException e) {
        // a service without /metrics (or not running) has nothing to report
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return documents;
      }
    }
    return documents;
  }
}
